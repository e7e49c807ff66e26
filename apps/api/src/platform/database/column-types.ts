import type { ColumnOptions } from 'typeorm';

/**
 * Entities are declared once for both databases. The database kind is fixed per process by
 * DATABASE_URL, so the timestamp type is chosen when the entity files load:
 * PostgreSQL `timestamptz`, SQLite `datetime` (TypeORM stores UTC text there).
 */
export function isPostgresProcess(): boolean {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
}

export function timestampColumn(options: Omit<ColumnOptions, 'type'> = {}): ColumnOptions {
  return { ...options, type: isPostgresProcess() ? 'timestamptz' : 'datetime' };
}
