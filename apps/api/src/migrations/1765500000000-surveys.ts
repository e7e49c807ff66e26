import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/** Questionnaires: surveys, their frozen versions, invitations, anonymous access tokens and responses. */
export class Surveys1765500000000 implements MigrationInterface {
  name = 'Surveys1765500000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    await q.createTable(
      new Table({
        name: 'surveys',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'title', type: 'text' },
          { name: 'introduction', type: 'text', isNullable: true },
          { name: 'mode', type: 'varchar', length: '10' },
          { name: 'event_id', type: 'integer', isNullable: true },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'opens_at', type: ts, isNullable: true },
          { name: 'closes_at', type: ts, isNullable: true },
          { name: 'auto_reminder_days_before_close', type: 'integer', isNullable: true },
          { name: 'public_link_token_hash', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          { name: 'current_version_id', type: 'integer', isNullable: true },
          { name: 'created_at', type: ts },
          { name: 'updated_at', type: ts },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'survey_versions',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'survey_id', type: 'integer' },
          { name: 'number', type: 'integer' },
          { name: 'definition', type: 'text' },
          { name: 'created_at', type: ts },
        ],
        indices: [new TableIndex({ columnNames: ['survey_id', 'number'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['survey_id'],
            referencedTableName: 'surveys',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'survey_invitations',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'survey_id', type: 'integer' },
          { name: 'contact_id', type: 'integer', isNullable: true },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'language', type: 'varchar', length: '5' },
          { name: 'municipality_id', type: 'integer', isNullable: true },
          { name: 'organisation_id', type: 'integer', isNullable: true },
          { name: 'organisation_type', type: 'varchar', length: '40', isNullable: true },
          { name: 'tags', type: 'text' },
          { name: 'created_at', type: ts },
          { name: 'opened_at', type: ts, isNullable: true },
          { name: 'last_reminded_at', type: ts, isNullable: true },
          { name: 'reminder_count', type: 'integer', default: 0 },
          { name: 'auto_reminded_at', type: ts, isNullable: true },
          { name: 'revoked_at', type: ts, isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['survey_id', 'contact_id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['survey_id'],
            referencedTableName: 'surveys',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['contact_id'],
            referencedTableName: 'contacts',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'survey_access_tokens',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'survey_id', type: 'integer' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'created_at', type: ts },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['survey_id'],
            referencedTableName: 'surveys',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'survey_responses',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'survey_id', type: 'integer' },
          { name: 'version_id', type: 'integer' },
          { name: 'invitation_id', type: 'integer', isNullable: true, isUnique: true },
          { name: 'access_token_id', type: 'integer', isNullable: true, isUnique: true },
          { name: 'answers', type: 'text' },
          { name: 'language', type: 'varchar', length: '5' },
          { name: 'municipality_id', type: 'integer', isNullable: true },
          { name: 'organisation_id', type: 'integer', isNullable: true },
          { name: 'organisation_type', type: 'varchar', length: '40', isNullable: true },
          { name: 'tags', type: 'text', isNullable: true },
          { name: 'started_at', type: ts },
          { name: 'updated_at', type: ts },
          { name: 'submitted_at', type: ts, isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['survey_id', 'submitted_at'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['survey_id'],
            referencedTableName: 'surveys',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['version_id'],
            referencedTableName: 'survey_versions',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            columnNames: ['invitation_id'],
            referencedTableName: 'survey_invitations',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
          new TableForeignKey({
            columnNames: ['access_token_id'],
            referencedTableName: 'survey_access_tokens',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('survey_responses');
    await q.dropTable('survey_access_tokens');
    await q.dropTable('survey_invitations');
    await q.dropTable('survey_versions');
    await q.dropTable('surveys');
  }
}
