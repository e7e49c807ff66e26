import type { EntityManager } from 'typeorm';

/** A timestamp parameter as the database compares it: a Date for PostgreSQL, TypeORM's UTC text on SQLite. */
export function instantParam(m: EntityManager, instant: Date): Date | string {
  if (m.connection.options.type === 'postgres') return instant;
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}

/** A timestamp read by a raw query: a Date from PostgreSQL, UTC text from SQLite. */
export function instantFromRow(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}
