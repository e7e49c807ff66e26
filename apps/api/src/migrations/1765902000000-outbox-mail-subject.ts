import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The outbox knows no module: `outbox_mails.registration_id` becomes a neutral reference, the subject
 * (`subject_type`, `subject_id`), and every existing link is carried over as `registration` + its id.
 */
export class OutboxMailSubject1765902000000 implements MigrationInterface {
  name = 'OutboxMailSubject1765902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('outbox_mails', [
      new TableColumn({ name: 'subject_type', type: 'varchar', length: '40', isNullable: true }),
      new TableColumn({ name: 'subject_id', type: 'integer', isNullable: true }),
    ]);
    await q.query(
      `UPDATE outbox_mails SET subject_type = 'registration', subject_id = registration_id WHERE registration_id IS NOT NULL`,
    );
    await this.dropIndexOn(q, 'registration_id');
    await q.dropColumn('outbox_mails', 'registration_id');
    await q.createIndex('outbox_mails', new TableIndex({ columnNames: ['subject_type', 'subject_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumn('outbox_mails', new TableColumn({ name: 'registration_id', type: 'integer', isNullable: true }));
    // Mails about anything else had no column before: they lose their subject.
    await q.query(`UPDATE outbox_mails SET registration_id = subject_id WHERE subject_type = 'registration'`);
    await this.dropIndexOn(q, 'subject_type');
    await q.dropColumns('outbox_mails', ['subject_type', 'subject_id']);
    await q.createIndex('outbox_mails', new TableIndex({ columnNames: ['registration_id'] }));
  }

  /** The index that starts with the column (its name is generated, so it is looked up). */
  private async dropIndexOn(q: QueryRunner, column: string): Promise<void> {
    const table = (await q.getTable('outbox_mails'))!;
    const index = table.indices.find((i) => i.columnNames[0] === column);
    if (index) await q.dropIndex(table, index);
  }
}
