import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { booleanDefault, timestampType } from '#api/platform/database/migration-types.util';

/** Users, sessions, audit log and master data (municipalities, organisations, action fields). */
export class Foundation1764460000000 implements MigrationInterface {
  name = 'Foundation1764460000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    const id = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment' as const,
    };

    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'display_name', type: 'varchar', length: '120' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'roles', type: 'text' },
          { name: 'active', type: 'boolean', default: booleanDefault(q, true) },
          { name: 'created_at', type: ts },
          { name: 'last_login_at', type: ts, isNullable: true },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'sessions',
        columns: [
          id,
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'user_id', type: 'integer' },
          { name: 'csrf_token', type: 'varchar', length: '64' },
          { name: 'created_at', type: ts },
          { name: 'last_seen_at', type: ts },
          { name: 'expires_at', type: ts },
          { name: 'revoked_at', type: ts, isNullable: true },
        ],
        indices: [
          new TableIndex({ columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ columnNames: ['user_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id,
          { name: 'at', type: ts },
          { name: 'user_id', type: 'integer', isNullable: true },
          { name: 'user_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'action', type: 'varchar', length: '10' },
          { name: 'entity', type: 'varchar', length: '60' },
          { name: 'entity_id', type: 'varchar', length: '60' },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ columnNames: ['user_id'] }),
          new TableIndex({ columnNames: ['entity', 'entity_id'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'municipalities',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '120', isUnique: true },
          { name: 'official_key', type: 'varchar', length: '8', isNullable: true, isUnique: true },
          { name: 'district_wide', type: 'boolean', default: booleanDefault(q, false) },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'organisations',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'type', type: 'varchar', length: '40' },
          { name: 'municipality_id', type: 'integer', isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['municipality_id'] })],
        foreignKeys: [
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
        name: 'action_fields',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '200', isUnique: true },
          { name: 'description', type: 'text', default: "''" },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['action_fields', 'organisations', 'municipalities', 'audit_log', 'sessions', 'users']) {
      await q.dropTable(table);
    }
  }
}
