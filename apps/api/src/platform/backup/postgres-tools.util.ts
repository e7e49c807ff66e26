import { spawn } from 'node:child_process';

/**
 * pg_dump / pg_restore take the connection from the environment (PGHOST, PGPASSWORD …), so the
 * password never shows in the process list. The tools come from PATH; set PG_BIN_DIR to use
 * another version's (e.g. /usr/lib/postgresql/16/bin): pg_dump must be at least the server's major version.
 */
export function postgresEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.PGHOST = decodeURIComponent(url.hostname) || 'localhost';
  env.PGPORT = url.port || '5432';
  env.PGDATABASE = decodeURIComponent(url.pathname.slice(1));
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

export function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  return process.env.PG_BIN_DIR ? `${process.env.PG_BIN_DIR.replace(/\/$/, '')}/${name}` : name;
}

/** Runs a PostgreSQL client tool; rejects with its stderr on a non-zero exit. */
export function runPostgresTool(name: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(postgresTool(name), args, {
      env: postgresEnv(databaseUrl),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', (error) =>
      reject(
        new Error(
          `${name} could not be started (${error.message}); install the PostgreSQL client tools or set PG_BIN_DIR`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
