import type { EntityManager } from 'typeorm';

/**
 * A hand-written statement for a hot path, written once with PostgreSQL's `$n` placeholders and run
 * on either database (SQLite gets `?` in the same order). Returns the rows of a RETURNING clause.
 */
export async function rawRows<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (m.connection.options.type === 'postgres') {
    const result = (await m.query(sql, params)) as unknown;
    // TypeORM answers [rows, rowCount] for UPDATE/DELETE on PostgreSQL and plain rows otherwise.
    return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
  }
  const ordered: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    ordered.push(params[Number(n) - 1]);
    return '?';
  });
  return (await m.query(text, ordered)) as T[];
}
