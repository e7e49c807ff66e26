import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/** Versions of a grant's Sachbericht (narrative report): drafts and frozen finals. */
export class NarrativeReports1765100000000 implements MigrationInterface {
  name = 'NarrativeReports1765100000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    await q.createTable(
      new Table({
        name: 'narrative_reports',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'grant_id', type: 'integer' },
          { name: 'version', type: 'integer' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'data_as_of', type: 'date' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: ts },
          { name: 'updated_at', type: ts },
          { name: 'finalised_at', type: ts, isNullable: true },
          { name: 'finalised_by_id', type: 'integer', isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['grant_id', 'version'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['grant_id'],
            referencedTableName: 'grants',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            columnNames: ['finalised_by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('narrative_reports');
  }
}
