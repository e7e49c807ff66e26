/**
 * `npm run restore -- <archive> [--force]` (built: `node apps/api/dist/cli/restore.js`): restores a
 * backup into DATA_DIR and the database of the current settings. Checks every entry against the
 * manifest first; refuses a damaged archive and a target that already holds data (unless --force).
 * Start the API afterwards: its migrations bring an older schema forward.
 */
import 'reflect-metadata';
import { loadConfig } from '#api/platform/config/app-config';
import { RestoreRefused, restoreBackup } from '#api/platform/backup/restore';
import { ArchiveError } from '#api/platform/backup/tar.util';

async function main(argv: string[]): Promise<number> {
  const force = argv.includes('--force');
  const archives = argv.filter((a) => !a.startsWith('--'));
  if (archives.length !== 1 || argv.includes('--help')) {
    process.stderr.write('usage: restore <archive.tar.gz> [--force]\n');
    return 64;
  }
  const config = loadConfig(process.env);
  try {
    const result = await restoreBackup(config, archives[0], { force, keepDirs: [config.backup.dir] });
    const { database } = result.manifest;
    process.stdout.write(
      `${JSON.stringify({ restored: archives[0], createdAt: result.manifest.createdAt, appVersion: result.manifest.appVersion, database: database.kind, lastMigration: database.lastMigration, files: result.files, rowCounts: database.rowCounts }, null, 2)}\n`,
    );
    process.stderr.write('restore: done. Start the API now; its migrations bring the schema up to this version.\n');
    return 0;
  } catch (error) {
    if (error instanceof ArchiveError || error instanceof RestoreRefused) {
      process.stderr.write(`restore refused: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`restore failed: ${error.message}\n`);
    process.exit(1);
  },
);
