import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/**
 * Four eyes on the receipts' erasure: who recorded a grant's proof-of-use date (and when), and who
 * confirmed the erasure once it was due (and when). User ids without a foreign key: users are only
 * ever deactivated, never deleted.
 */
export class GrantErasureConfirmation1764910000000 implements MigrationInterface {
  name = 'GrantErasureConfirmation1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('grants', [
      new TableColumn({ name: 'proof_recorded_by', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'proof_recorded_at', type: timestampType(q), isNullable: true }),
      new TableColumn({ name: 'erasure_confirmed_by', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'erasure_confirmed_at', type: timestampType(q), isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('grants', [
      'erasure_confirmed_at',
      'erasure_confirmed_by',
      'proof_recorded_at',
      'proof_recorded_by',
    ]);
  }
}
