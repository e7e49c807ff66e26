import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/** The log of backups (scheduled and manual): the health details and the system page show the last one. */
export class BackupRuns1765700000000 implements MigrationInterface {
  name = 'BackupRuns1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'backup_runs',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'trigger', type: 'varchar', length: '20' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'started_at', type: timestampType(q) },
          { name: 'finished_at', type: timestampType(q) },
          { name: 'file_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'size_bytes', type: 'bigint', isNullable: true },
          { name: 'error', type: 'varchar', length: '1000', isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['finished_at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('backup_runs');
  }
}
