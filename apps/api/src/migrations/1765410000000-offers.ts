import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { booleanDefault, timestampType } from '#api/platform/database/migration-types.util';

/** The inventory of integration offers (from questionnaires or staff) behind the public directory. */
export class Offers1765410000000 implements MigrationInterface {
  name = 'Offers1765410000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    await q.createTable(
      new Table({
        name: 'offers',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'title', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'target_groups', type: 'text' },
          { name: 'municipality_id', type: 'integer', isNullable: true },
          { name: 'action_field_id', type: 'integer', isNullable: true },
          { name: 'languages', type: 'text' },
          { name: 'contact_name', type: 'varchar', length: '200', default: "''" },
          { name: 'contact_email', type: 'varchar', length: '254', default: "''" },
          { name: 'contact_phone', type: 'varchar', length: '50', default: "''" },
          { name: 'contact_public', type: 'boolean', default: booleanDefault(q, false) },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'review_status', type: 'varchar', length: '10' },
          { name: 'merged_into_id', type: 'integer', isNullable: true },
          { name: 'source_response_id', type: 'integer', isNullable: true },
          { name: 'source_question_key', type: 'varchar', length: '80', isNullable: true },
          { name: 'source_row_index', type: 'integer', isNullable: true },
          { name: 'measure_id', type: 'integer', isNullable: true },
          { name: 'search_text', type: 'text', default: "''" },
          { name: 'created_at', type: ts },
          { name: 'updated_at', type: ts },
        ],
        indices: [
          new TableIndex({ columnNames: ['review_status'] }),
          new TableIndex({ columnNames: ['municipality_id'] }),
          new TableIndex({ columnNames: ['source_response_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['municipality_id'],
            referencedTableName: 'municipalities',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
          new TableForeignKey({
            columnNames: ['action_field_id'],
            referencedTableName: 'action_fields',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
          new TableForeignKey({
            columnNames: ['merged_into_id'],
            referencedTableName: 'offers',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
          new TableForeignKey({
            columnNames: ['measure_id'],
            referencedTableName: 'measures',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('offers');
  }
}
