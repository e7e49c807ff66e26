import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/** Funding programmes, grants with their notices, finance plans, drawdowns and receipts. */
export class Grants1764600000000 implements MigrationInterface {
  name = 'Grants1764600000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    const id = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment' as const,
    };
    const fk = (column: string, table: string, onDelete: string) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });

    await q.createTable(
      new Table({
        name: 'funding_programmes',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'funder', type: 'varchar', length: '200' },
          { name: 'year', type: 'integer' },
          { name: 'volume_cents', type: 'bigint' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'grants',
        columns: [
          id,
          { name: 'programme_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'recipient', type: 'varchar', length: '200', default: "''" },
          { name: 'notice_number', type: 'varchar', length: '80' },
          { name: 'notice_date', type: 'date' },
          { name: 'period_start', type: 'date' },
          { name: 'period_end', type: 'date' },
          { name: 'awarded_cents', type: 'integer' },
          { name: 'financing_type', type: 'varchar', length: '20' },
          { name: 'share_percent', type: 'integer', isNullable: true },
          { name: 'purpose', type: 'text', default: "''" },
          { name: 'own_share_cents', type: 'integer', default: 0 },
          { name: 'third_party_cents', type: 'integer', default: 0 },
          { name: 'created_at', type: ts },
        ],
        indices: [new TableIndex({ columnNames: ['programme_id'] })],
        foreignKeys: [fk('programme_id', 'funding_programmes', 'RESTRICT')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'grant_amendments',
        columns: [
          id,
          { name: 'grant_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '12' },
          { name: 'notice_number', type: 'varchar', length: '80' },
          { name: 'notice_date', type: 'date' },
          { name: 'awarded_cents', type: 'integer' },
          { name: 'note', type: 'varchar', length: '1000', default: "''" },
          { name: 'recorded_at', type: ts },
        ],
        indices: [new TableIndex({ columnNames: ['grant_id'] })],
        foreignKeys: [fk('grant_id', 'grants', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'budget_lines',
        columns: [
          id,
          { name: 'grant_id', type: 'integer' },
          { name: 'code', type: 'varchar', length: '20' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'planned_cents', type: 'integer' },
          { name: 'position', type: 'integer' },
        ],
        indices: [new TableIndex({ columnNames: ['grant_id', 'code'], isUnique: true })],
        foreignKeys: [fk('grant_id', 'grants', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'drawdowns',
        columns: [
          id,
          { name: 'grant_id', type: 'integer' },
          { name: 'requested_cents', type: 'integer' },
          { name: 'requested_on', type: 'date' },
          { name: 'received_cents', type: 'integer', isNullable: true },
          { name: 'received_on', type: 'date', isNullable: true },
          { name: 'note', type: 'varchar', length: '500', default: "''" },
        ],
        indices: [new TableIndex({ columnNames: ['grant_id'] })],
        foreignKeys: [fk('grant_id', 'grants', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'receipts',
        columns: [
          id,
          { name: 'grant_id', type: 'integer' },
          { name: 'receipt_number', type: 'varchar', length: '40' },
          { name: 'date', type: 'date' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'payee', type: 'varchar', length: '200' },
          { name: 'purpose', type: 'varchar', length: '500' },
          { name: 'amount_cents', type: 'integer' },
          { name: 'budget_line_id', type: 'integer', isNullable: true },
          { name: 'income_source', type: 'varchar', length: '12', isNullable: true },
          { name: 'event_id', type: 'integer', isNullable: true },
          { name: 'factual_by', type: 'integer', isNullable: true },
          { name: 'factual_at', type: ts, isNullable: true },
          { name: 'arithmetic_by', type: 'integer', isNullable: true },
          { name: 'arithmetic_at', type: ts, isNullable: true },
          { name: 'reverses_id', type: 'integer', isNullable: true },
          { name: 'file_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'file_type', type: 'varchar', length: '40', isNullable: true },
          { name: 'file_size', type: 'integer', isNullable: true },
          { name: 'file_key', type: 'varchar', length: '100', isNullable: true },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: ts },
        ],
        indices: [
          new TableIndex({ columnNames: ['grant_id', 'receipt_number'], isUnique: true }),
          new TableIndex({ columnNames: ['grant_id', 'budget_line_id', 'date', 'id'] }),
          new TableIndex({ columnNames: ['grant_id', 'income_source', 'date', 'id'] }),
          new TableIndex({ columnNames: ['reverses_id'], isUnique: true }),
        ],
        foreignKeys: [
          fk('grant_id', 'grants', 'RESTRICT'),
          fk('budget_line_id', 'budget_lines', 'RESTRICT'),
          fk('event_id', 'events', 'SET NULL'),
          fk('factual_by', 'users', 'RESTRICT'),
          fk('arithmetic_by', 'users', 'RESTRICT'),
          fk('reverses_id', 'receipts', 'RESTRICT'),
          fk('created_by', 'users', 'RESTRICT'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['receipts', 'drawdowns', 'budget_lines', 'grant_amendments', 'grants', 'funding_programmes']) {
      await q.dropTable(table);
    }
  }
}
