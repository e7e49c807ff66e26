import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/**
 * Feedback after events: when a checked-in registration was sent its feedback link, so it is sent once.
 * Which link (token) it got is recorded nowhere: the answers stay anonymous.
 */
export class EventFeedback1765600000000 implements MigrationInterface {
  name = 'EventFeedback1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'registrations',
      new TableColumn({ name: 'feedback_mailed_at', type: timestampType(q), isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('registrations', 'feedback_mailed_at');
  }
}
