import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The funder's consent to exceed a budget line by more than 20 % (ANBest-P Nr. 1.2). */
export class BudgetLineConsent1764800000000 implements MigrationInterface {
  name = 'BudgetLineConsent1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('budget_lines', [
      new TableColumn({ name: 'consented_on', type: 'date', isNullable: true }),
      new TableColumn({ name: 'consent_reference', type: 'varchar', length: '120', default: "''" }),
      new TableColumn({ name: 'consented_up_to_cents', type: 'integer', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('budget_lines', ['consented_up_to_cents', 'consent_reference', 'consented_on']);
  }
}
