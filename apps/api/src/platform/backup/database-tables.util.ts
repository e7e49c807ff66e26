/** Runs one statement and returns its rows (a TypeORM query runner, a pg client or better-sqlite3 wrapped). */
export type RowQuery = (sql: string) => Promise<Record<string, unknown>[]>;
export type DatabaseKind = 'sqlite' | 'postgres';

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The tables of the database as it is (never a hard-coded list): whatever the migrations created,
 * including the migrations table itself. Sorted by name.
 */
export async function listTables(kind: DatabaseKind, query: RowQuery): Promise<string[]> {
  const rows =
    kind === 'sqlite'
      ? await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      : await query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
        );
  return rows.map((r) => String(r.name)).sort();
}

export async function rowCounts(kind: DatabaseKind, query: RowQuery): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(kind, query)) {
    counts[table] = Number((await query(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)}`))[0].n);
  }
  return counts;
}

export async function lastMigration(kind: DatabaseKind, query: RowQuery): Promise<string | null> {
  if (!(await listTables(kind, query)).includes('migrations')) return null;
  const rows = await query('SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1');
  return rows.length ? String(rows[0].name) : null;
}

/** better-sqlite3 as a RowQuery. */
export function sqliteQuery(db: { prepare(sql: string): { all(): unknown[] } }): RowQuery {
  return async (sql) => db.prepare(sql).all() as Record<string, unknown>[];
}
