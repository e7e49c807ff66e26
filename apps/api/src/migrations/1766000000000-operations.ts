import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/** Long operations (exports, imports, mail sends) that run in the background and can be found again. */
export class Operations1766000000000 implements MigrationInterface {
  name = 'Operations1766000000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    await q.createTable(
      new Table({
        name: 'operations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'owner_user_id', type: 'integer' },
          { name: 'subject', type: 'varchar', length: '300', isNullable: true },
          { name: 'subject_path', type: 'varchar', length: '300', isNullable: true },
          { name: 'progress_done', type: 'integer', default: 0 },
          { name: 'progress_total', type: 'integer', isNullable: true },
          { name: 'summary', type: 'text' },
          { name: 'error_code', type: 'varchar', length: '80', isNullable: true },
          { name: 'error_params', type: 'text', isNullable: true },
          { name: 'file_name', type: 'varchar', length: '300', isNullable: true },
          { name: 'file_type', type: 'varchar', length: '200', isNullable: true },
          { name: 'file_size', type: 'bigint', isNullable: true },
          { name: 'file_path', type: 'varchar', length: '300', isNullable: true },
          { name: 'heartbeat_at', type: ts, isNullable: true },
          { name: 'created_at', type: ts },
          { name: 'started_at', type: ts, isNullable: true },
          { name: 'finished_at', type: ts, isNullable: true },
        ],
        indices: [
          new TableIndex({ columnNames: ['owner_user_id', 'created_at'] }),
          new TableIndex({ columnNames: ['status'] }),
          new TableIndex({ columnNames: ['finished_at'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('operations');
  }
}
