import { Client } from 'pg';

/** Runs one statement about the database named in a postgres URL, connected to the server's `postgres` database. */
async function onServer(databaseUrl: string, statement: (name: string) => string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement(name));
  } finally {
    await client.end();
  }
}

/** Creates the database named in a postgres URL on the same server. */
export function createDatabase(databaseUrl: string): Promise<void> {
  return onServer(databaseUrl, (name) => `CREATE DATABASE "${name}"`);
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return onServer(databaseUrl, (name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** On PostgreSQL (the Jest project sets DATABASE_URL) a new empty database `<DATABASE_URL>_<suffix>`; on SQLite undefined. */
export async function newTestDatabase(suffix: string): Promise<string | undefined> {
  const databaseUrl = process.env.DATABASE_URL ? `${process.env.DATABASE_URL}_${suffix}` : undefined;
  if (databaseUrl) await createDatabase(databaseUrl);
  return databaseUrl;
}
