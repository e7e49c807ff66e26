import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { booleanDefault, timestampType } from '#api/platform/database/migration-types.util';

/** Measures with their links, indicators, targets and append-only values; receipts name the measure they were spent on. */
export class MeasuresOutcomes1765000000000 implements MigrationInterface {
  name = 'MeasuresOutcomes1765000000000';

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
        name: 'measures',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '40', isUnique: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'goal', type: 'text', default: "''" },
          { name: 'description', type: 'text', default: "''" },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'period_start', type: 'date' },
          { name: 'period_end', type: 'date' },
          { name: 'reporting_interval', type: 'varchar', length: '10' },
          { name: 'responsible_organisation_id', type: 'integer', isNullable: true },
          { name: 'target_groups', type: 'text' },
          { name: 'target_groups_other', type: 'varchar', length: '500', default: "''" },
          { name: 'grant_id', type: 'integer', isNullable: true },
          { name: 'good_practice', type: 'boolean', default: booleanDefault(q, false) },
          { name: 'sustained', type: 'boolean', default: booleanDefault(q, false) },
          { name: 'created_at', type: ts },
          { name: 'updated_at', type: ts },
        ],
        indices: [new TableIndex({ columnNames: ['grant_id'] })],
        foreignKeys: [
          fk('responsible_organisation_id', 'organisations', 'SET NULL'),
          fk('grant_id', 'grants', 'RESTRICT'),
        ],
      }),
    );

    const link = (name: string, column: string, table: string, onDelete: string) =>
      q.createTable(
        new Table({
          name,
          columns: [
            { name: 'measure_id', type: 'integer', isPrimary: true },
            { name: column, type: 'integer', isPrimary: true },
          ],
          indices: [new TableIndex({ columnNames: [column] })],
          foreignKeys: [fk('measure_id', 'measures', 'CASCADE'), fk(column, table, onDelete)],
        }),
      );
    await link('measure_action_fields', 'action_field_id', 'action_fields', 'RESTRICT');
    await link('measure_municipalities', 'municipality_id', 'municipalities', 'RESTRICT');
    await link('measure_events', 'event_id', 'events', 'CASCADE');
    await link('measure_workshops', 'workshop_id', 'workshops', 'CASCADE');

    await q.createTable(
      new Table({
        name: 'measure_budget_allocations',
        columns: [
          id,
          { name: 'measure_id', type: 'integer' },
          { name: 'budget_line_id', type: 'integer' },
          { name: 'planned_cents', type: 'integer' },
        ],
        indices: [
          new TableIndex({ columnNames: ['measure_id', 'budget_line_id'], isUnique: true }),
          new TableIndex({ columnNames: ['budget_line_id'] }),
        ],
        foreignKeys: [fk('measure_id', 'measures', 'CASCADE'), fk('budget_line_id', 'budget_lines', 'RESTRICT')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'indicators',
        columns: [
          id,
          { name: 'measure_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'level', type: 'varchar', length: '10' },
          { name: 'step', type: 'integer', isNullable: true },
          { name: 'unit', type: 'varchar', length: '10' },
          { name: 'aggregation', type: 'varchar', length: '10' },
          { name: 'direction', type: 'varchar', length: '10' },
          { name: 'by_municipality', type: 'boolean', default: booleanDefault(q, false) },
          { name: 'method', type: 'text', default: "''" },
          { name: 'baseline_centi', type: 'bigint', isNullable: true },
          { name: 'baseline_date', type: 'date', isNullable: true },
          { name: 'source', type: 'varchar', length: '30' },
          { name: 'source_options', type: 'text' },
          { name: 'position', type: 'integer' },
          { name: 'created_at', type: ts },
        ],
        indices: [new TableIndex({ columnNames: ['measure_id', 'position'] })],
        foreignKeys: [fk('measure_id', 'measures', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'indicator_targets',
        columns: [
          id,
          { name: 'indicator_id', type: 'integer' },
          { name: 'period', type: 'varchar', length: '7' },
          { name: 'municipality_id', type: 'integer', isNullable: true },
          { name: 'value_centi', type: 'bigint' },
        ],
        indices: [
          new TableIndex({ columnNames: ['indicator_id', 'period'] }),
          new TableIndex({ columnNames: ['municipality_id'] }),
        ],
        foreignKeys: [fk('indicator_id', 'indicators', 'CASCADE'), fk('municipality_id', 'municipalities', 'RESTRICT')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'indicator_values',
        columns: [
          id,
          { name: 'indicator_id', type: 'integer' },
          { name: 'period', type: 'varchar', length: '7' },
          { name: 'municipality_id', type: 'integer', isNullable: true },
          { name: 'value_centi', type: 'bigint' },
          { name: 'sample_size', type: 'integer', isNullable: true },
          { name: 'note', type: 'varchar', length: '1000', default: "''" },
          { name: 'evidence', type: 'varchar', length: '500', default: "''" },
          { name: 'supersedes_id', type: 'integer', isNullable: true },
          { name: 'reason', type: 'varchar', length: '500', default: "''" },
          { name: 'recorded_by', type: 'integer' },
          { name: 'recorded_at', type: ts },
        ],
        indices: [
          new TableIndex({ columnNames: ['indicator_id', 'period', 'municipality_id'] }),
          new TableIndex({ columnNames: ['supersedes_id'], isUnique: true }),
          new TableIndex({ columnNames: ['municipality_id'] }),
        ],
        foreignKeys: [
          fk('indicator_id', 'indicators', 'CASCADE'),
          fk('municipality_id', 'municipalities', 'RESTRICT'),
          fk('supersedes_id', 'indicator_values', 'NO ACTION'),
          fk('recorded_by', 'users', 'RESTRICT'),
        ],
      }),
    );

    await q.addColumn('receipts', new TableColumn({ name: 'measure_id', type: 'integer', isNullable: true }));
    await q.createIndex('receipts', new TableIndex({ columnNames: ['measure_id'] }));
    await q.createForeignKey('receipts', fk('measure_id', 'measures', 'RESTRICT'));
  }

  async down(q: QueryRunner): Promise<void> {
    const receipts = (await q.getTable('receipts'))!;
    const measureFk = receipts.foreignKeys.find((f) => f.columnNames.includes('measure_id'));
    if (measureFk) await q.dropForeignKey(receipts, measureFk);
    const measureIndex = receipts.indices.find((i) => i.columnNames.length === 1 && i.columnNames[0] === 'measure_id');
    if (measureIndex) await q.dropIndex(receipts, measureIndex);
    await q.dropColumn('receipts', 'measure_id');
    for (const table of [
      'indicator_values',
      'indicator_targets',
      'indicators',
      'measure_budget_allocations',
      'measure_workshops',
      'measure_events',
      'measure_municipalities',
      'measure_action_fields',
      'measures',
    ]) {
      await q.dropTable(table);
    }
  }
}
