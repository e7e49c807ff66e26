import type { QueryRunner } from 'typeorm';

/** The timestamp column type for a migration, by the driver it runs on. */
export function timestampType(queryRunner: QueryRunner): string {
  return queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
}

/** A boolean column default as the driver spells it (PostgreSQL `true`, SQLite `1`). */
export function booleanDefault(queryRunner: QueryRunner, value: boolean): string {
  return queryRunner.connection.driver.options.type === 'postgres' ? String(value) : value ? '1' : '0';
}
