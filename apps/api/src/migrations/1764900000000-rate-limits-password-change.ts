import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { booleanDefault } from '#api/platform/database/migration-types.util';

/** Rate-limit counters shared by every API process; the forced change of a password someone else set. */
export class RateLimitsPasswordChange1764900000000 implements MigrationInterface {
  name = 'RateLimitsPasswordChange1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'rate_limit_counters',
        columns: [
          { name: 'key', type: 'varchar', length: '120', isPrimary: true },
          { name: 'hits', type: 'integer' },
          { name: 'expires_at', type: 'bigint' },
        ],
        indices: [new TableIndex({ columnNames: ['expires_at'] })],
      }),
    );
    await q.addColumn(
      'users',
      new TableColumn({ name: 'must_change_password', type: 'boolean', default: booleanDefault(q, false) }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('users', 'must_change_password');
    await q.dropTable('rate_limit_counters');
  }
}
