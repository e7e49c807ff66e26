import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/** The invitations a background run created name it, so the run's summary can count their mails. */
export class SurveyInvitationOperation1766000000001 implements MigrationInterface {
  name = 'SurveyInvitationOperation1766000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'survey_invitations',
      new TableColumn({ name: 'operation_id', type: 'varchar', length: '36', isNullable: true }),
    );
    await q.createIndex('survey_invitations', new TableIndex({ columnNames: ['operation_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    const table = (await q.getTable('survey_invitations'))!;
    const index = table.indices.find((i) => i.columnNames[0] === 'operation_id');
    if (index) await q.dropIndex(table, index);
    await q.dropColumn('survey_invitations', 'operation_id');
  }
}
