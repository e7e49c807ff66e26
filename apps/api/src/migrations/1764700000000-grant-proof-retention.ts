import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/** The day a grant's proof of use was submitted, and when its receipts' personal data was erased. */
export class GrantProofRetention1764700000000 implements MigrationInterface {
  name = 'GrantProofRetention1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('grants', [
      new TableColumn({ name: 'proof_submitted_on', type: 'date', isNullable: true }),
      new TableColumn({ name: 'receipts_purged_at', type: timestampType(q), isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('grants', ['receipts_purged_at', 'proof_submitted_on']);
  }
}
