import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/** The network: contacts (personal data on a legal basis) and their tags for filtering. */
export class Contacts1765400000000 implements MigrationInterface {
  name = 'Contacts1765400000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    await q.createTable(
      new Table({
        name: 'contacts',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'phone', type: 'varchar', length: '50', default: "''" },
          { name: 'function_title', type: 'varchar', length: '200', default: "''" },
          { name: 'organisation_id', type: 'integer', isNullable: true },
          { name: 'municipality_id', type: 'integer', isNullable: true },
          { name: 'languages', type: 'text' },
          { name: 'preferred_language', type: 'varchar', length: '2', default: "'de'" },
          { name: 'notes', type: 'text', default: "''" },
          { name: 'legal_basis', type: 'varchar', length: '20' },
          { name: 'consent_given_on', type: 'date', isNullable: true },
          { name: 'tags', type: 'text' },
          { name: 'last_activity_at', type: ts },
          { name: 'created_at', type: ts },
          { name: 'updated_at', type: ts },
        ],
        indices: [
          new TableIndex({ columnNames: ['email'], isUnique: true }),
          new TableIndex({ columnNames: ['organisation_id'] }),
          new TableIndex({ columnNames: ['municipality_id'] }),
          new TableIndex({ columnNames: ['last_activity_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['organisation_id'],
            referencedTableName: 'organisations',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
          new TableForeignKey({
            columnNames: ['municipality_id'],
            referencedTableName: 'municipalities',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'contact_tags',
        columns: [
          { name: 'contact_id', type: 'integer', isPrimary: true },
          { name: 'tag', type: 'varchar', length: '60', isPrimary: true },
        ],
        indices: [new TableIndex({ columnNames: ['tag'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['contact_id'],
            referencedTableName: 'contacts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('contact_tags');
    await q.dropTable('contacts');
  }
}
