import type { QueryRunner } from 'typeorm';

/** The timestamp column type for a migration, by the driver it runs on. */
export function timestampType(queryRunner: QueryRunner): string {
  return queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
}
