import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '#api/platform/config/app-config';
import { OPERATIONS_DIR } from '#api/platform/operations/operations-dir';
import { lastMigration, rowCounts, sqliteQuery, type DatabaseKind, type RowQuery } from './database-tables.util';
import { runPostgresTool } from './postgres-tools.util';
import { TarWriter, type TarEntryInfo } from './tar.util';
import { appVersion } from './app-version.util';

export const BACKUP_FORMAT = 'wir-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const SQLITE_ENTRY = 'database/wir.sqlite';
export const POSTGRES_ENTRY = 'database/wir.pgdump';
/** Data files are stored under this folder of the archive, by their path below DATA_DIR. */
export const FILES_PREFIX = 'files/';
export const BACKUP_FILE_PATTERN = /^wir-backup-\d{8}T\d{6}Z-[0-9a-f]{6}\.tar\.gz$/;

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  database: { kind: DatabaseKind; lastMigration: string | null; entry: string; rowCounts: Record<string, number> };
  /** True when DATA_DIR/secrets.key is in the archive (SECRETS_KEY unset): the archive then opens sealed data too. */
  secretsKeyIncluded: boolean;
  /** Every entry of the archive but the manifest itself: the database and the data files. */
  files: TarEntryInfo[];
};

export type BackupResult = { file: string; sizeBytes: number; manifest: BackupManifest };

/**
 * What under DATA_DIR is data: everything except the database file itself (it comes through the
 * online backup), the mail spool (`mail/`: .eml copies of sent mails, kept 30 days), temporary
 * files, restore staging folders and the backup folder when it lies inside DATA_DIR.
 */
export function isDataFile(relative: string, excludedDirs: string[]): boolean {
  const [top] = relative.split('/');
  if (top === 'mail' || top.startsWith('wir.sqlite') || top.startsWith('.restore-') || top.startsWith('.backup-'))
    return false;
  if (relative.endsWith('.tmp')) return false;
  return !excludedDirs.some((dir) => relative === dir || relative.startsWith(`${dir}/`));
}

export function listDataFiles(dataDir: string, excludedAbsoluteDirs: string[] = []): string[] {
  const excluded = excludedAbsoluteDirs
    .map((d) => path.relative(dataDir, path.resolve(d)))
    .filter((r) => r && !r.startsWith('..') && !path.isAbsolute(r));
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (!isDataFile(relative, excluded)) continue;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (entry.isFile()) found.push(relative);
    }
  };
  walk(dataDir, '');
  return found;
}

export function backupFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `wir-backup-${stamp}-${randomBytes(3).toString('hex')}.tar.gz`;
}

type DatabaseSnapshot = {
  entry: string;
  file: string;
  kind: DatabaseKind;
  counts: Record<string, number>;
  lastMigration: string | null;
};

/**
 * SQLite: the online backup API of better-sqlite3 copies the database through its own read
 * transaction, consistent while the API writes; counts are read from the copy.
 */
export async function copySqliteDatabase(databaseFile: string, file: string): Promise<void> {
  // A connection of its own, never the API's: that one may be inside a transaction that has not
  // committed, and a copy through it would see those writes. This one sees committed data only.
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 3000');
    // Whole database in one step: a single read transaction, so writers in between cannot restart it.
    await source.backup(file, { progress: () => 1_000_000_000 });
  } finally {
    source.close();
  }
}

async function snapshotSqlite(databaseFile: string, workDir: string): Promise<DatabaseSnapshot> {
  const file = path.join(workDir, 'wir.sqlite');
  await copySqliteDatabase(databaseFile, file);
  const copy = new Database(file, { readonly: true });
  try {
    const query = sqliteQuery(copy);
    return {
      entry: SQLITE_ENTRY,
      file,
      kind: 'sqlite',
      counts: await rowCounts('sqlite', query),
      lastMigration: await lastMigration('sqlite', query),
    };
  } finally {
    copy.close();
  }
}

/**
 * PostgreSQL: a REPEATABLE READ transaction exports its snapshot; the row counts are read in it and
 * pg_dump (custom format) dumps exactly that snapshot, so counts and dump agree while the API writes.
 */
async function snapshotPostgres(
  dataSource: DataSource,
  databaseUrl: string,
  workDir: string,
): Promise<DatabaseSnapshot> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ id }] = (await runner.query('SELECT pg_export_snapshot() AS id')) as { id: string }[];
    const query: RowQuery = (sql) => runner.query(sql) as Promise<Record<string, unknown>[]>;
    const counts = await rowCounts('postgres', query);
    const migration = await lastMigration('postgres', query);
    const file = path.join(workDir, 'wir.pgdump');
    await runPostgresTool(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${id}`, `--file=${file}`],
      databaseUrl,
    );
    await runner.query('COMMIT');
    return { entry: POSTGRES_ENTRY, file, kind: 'postgres', counts, lastMigration: migration };
  } finally {
    await runner.release();
  }
}

/**
 * Writes one archive `<outDir>/wir-backup-<UTC time>-<random>.tar.gz`: the database snapshot first,
 * then the data files under DATA_DIR (copied after the snapshot, so every scan a row of the snapshot
 * names is there), then manifest.json with counts and SHA-256 of every entry.
 */
export async function createBackup(
  config: AppConfig,
  dataSource: DataSource,
  outDir: string,
  now = new Date(),
): Promise<BackupResult> {
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-backup-'));
  const file = path.join(outDir, backupFileName(now));
  const partial = `${file}.partial`;
  let writer: TarWriter | undefined;
  try {
    const snapshot =
      config.database.kind === 'postgres'
        ? await snapshotPostgres(dataSource, config.database.url, workDir)
        : await snapshotSqlite(config.database.file, workDir);
    writer = new TarWriter(partial);
    const files: TarEntryInfo[] = [await writer.addFile(snapshot.entry, snapshot.file)];
    fs.rmSync(snapshot.file, { force: true });
    // Never an archive inside an archive: neither this one's folder nor BACKUP_DIR when they lie in DATA_DIR;
    // nor the results of long operations (copies of exports, deleted after a week).
    const dataFiles = listDataFiles(config.dataDir, [
      outDir,
      config.backup.dir,
      path.join(config.dataDir, OPERATIONS_DIR),
    ]);
    for (const relative of dataFiles) {
      try {
        files.push(await writer.addFile(`${FILES_PREFIX}${relative}`, path.join(config.dataDir, relative)));
      } catch (error) {
        // A scan erased (retention) between listing and reading is simply no longer data.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: appVersion(),
      createdAt: now.toISOString(),
      database: {
        kind: snapshot.kind,
        lastMigration: snapshot.lastMigration,
        entry: snapshot.entry,
        rowCounts: snapshot.counts,
      },
      secretsKeyIncluded: dataFiles.includes('secrets.key'),
      files,
    };
    await writer.addBuffer(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await writer.finish();
    fs.renameSync(partial, file);
    return { file, sizeBytes: fs.statSync(file).size, manifest };
  } catch (error) {
    await writer?.abort();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** Keeps the newest `keep` archives in `dir` (by the time in their names); returns the removed names. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!fs.existsSync(dir)) return [];
  const archives = fs
    .readdirSync(dir)
    .filter((name) => BACKUP_FILE_PATTERN.test(name))
    .sort()
    .reverse();
  const removed = archives.slice(Math.max(keep, 1));
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}
