/**
 * `npm run backup [-- --out <dir>] [--prune]` (built: `node apps/api/dist/cli/backup.js`): one archive of the
 * database and the data files under DATA_DIR, taken while the API runs. Reads the same settings as
 * the API (DATA_DIR, DATABASE_URL, BACKUP_DIR); prints the archive's path, size and row counts.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '#api/platform/config/app-config';
import { dataSourceOptions } from '#api/platform/database/data-source-options';
import { pruneBackups } from '#api/platform/backup/backup';
import { takeRecordedBackup } from '#api/platform/backup/backup.service';
import { entities } from '#api/entities';

async function main(argv: string[]): Promise<number> {
  const outIndex = argv.indexOf('--out');
  if (argv.includes('--help')) {
    process.stdout.write(
      'usage: backup [--out <dir>] [--prune]   (default: BACKUP_DIR, else DATA_DIR/backups; --prune keeps the newest BACKUP_KEEP there)\n',
    );
    return 0;
  }
  const config = loadConfig(process.env);
  const outDir = outIndex >= 0 ? argv[outIndex + 1] : config.backup.dir;
  if (!outDir) throw new ConfigError(['--out needs a directory']);
  if (config.database.kind === 'sqlite' && !fs.existsSync(config.database.file)) {
    process.stderr.write(`backup: no database at ${config.database.file} (is DATA_DIR right?)\n`);
    return 2;
  }
  const dataSource = await new DataSource(dataSourceOptions(config, entities)).initialize();
  try {
    const result = await takeRecordedBackup(config, dataSource, 'manual', outDir);
    const removed = argv.includes('--prune') ? pruneBackups(outDir, config.backup.keep) : [];
    process.stdout.write(
      `${JSON.stringify({ file: result.file, sizeBytes: result.sizeBytes, lastMigration: result.manifest.database.lastMigration, files: result.manifest.files.length, rowCounts: result.manifest.database.rowCounts, removed }, null, 2)}\n`,
    );
    if (result.manifest.secretsKeyIncluded)
      process.stderr.write(
        'backup: the archive contains DATA_DIR/secrets.key: keep it as safe as the database itself.\n',
      );
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`backup failed: ${error.message}\n`);
    process.exit(1);
  },
);
