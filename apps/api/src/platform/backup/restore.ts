import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { AppConfig } from '#api/platform/config/app-config';
import { BACKUP_FORMAT, FILES_PREFIX, MANIFEST_NAME, type BackupManifest } from './backup';
import { listTables, quoteIdent, rowCounts, sqliteQuery, type RowQuery } from './database-tables.util';
import { runPostgresTool } from './postgres-tools.util';
import { ArchiveError, extractTar } from './tar.util';

export class RestoreRefused extends Error {}

export type RestoreResult = { manifest: BackupManifest; files: number };

/** Reads the extracted manifest and checks that the archive holds exactly its entries, with their sizes and SHA-256. */
function verifyEntries(staging: string, entries: { name: string; size: number; sha256: string }[]): BackupManifest {
  const manifestEntry = entries.find((e) => e.name === MANIFEST_NAME);
  if (!manifestEntry)
    throw new ArchiveError('the archive has no manifest.json (not a WIR backup, or cut off before its end)');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(staging, MANIFEST_NAME), 'utf8')) as BackupManifest;
  } catch {
    throw new ArchiveError('manifest.json is not valid JSON');
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files) || !manifest.database?.rowCounts) {
    throw new ArchiveError('manifest.json is not the manifest of a WIR backup');
  }
  const found = new Map(entries.filter((e) => e.name !== MANIFEST_NAME).map((e) => [e.name, e]));
  const problems: string[] = [];
  for (const expected of manifest.files) {
    const actual = found.get(expected.name);
    if (!actual) problems.push(`${expected.name} is missing`);
    else if (actual.size !== expected.size)
      problems.push(`${expected.name} has ${actual.size} bytes, the manifest says ${expected.size}`);
    else if (actual.sha256 !== expected.sha256) problems.push(`${expected.name} does not match its SHA-256`);
    found.delete(expected.name);
  }
  for (const extra of found.keys()) problems.push(`${extra} is not in the manifest`);
  if (!manifest.files.some((f) => f.name === manifest.database.entry))
    problems.push(`the database (${manifest.database.entry}) is not in the manifest`);
  if (problems.length) throw new ArchiveError(`the archive is damaged: ${problems.join('; ')}`);
  return manifest;
}

function compareCounts(expected: Record<string, number>, actual: Record<string, number>): void {
  const problems: string[] = [];
  for (const [table, count] of Object.entries(expected)) {
    if (actual[table] !== count)
      problems.push(`${table}: ${actual[table] ?? 'missing'} rows, the manifest says ${count}`);
  }
  for (const table of Object.keys(actual)) if (!(table in expected)) problems.push(`${table} is not in the manifest`);
  if (problems.length)
    throw new ArchiveError(`the restored database does not match the manifest: ${problems.join('; ')}`);
}

/** What in DATA_DIR a restore would overwrite: the database file and any data file (not the mail spool, not backups). */
function existingData(dataDir: string, excluded: string[]): string[] {
  if (!fs.existsSync(dataDir)) return [];
  const relExcluded = excluded
    .map((d) => path.relative(dataDir, path.resolve(d)))
    .filter((r) => r && !r.startsWith('..'));
  return fs
    .readdirSync(dataDir)
    .filter((name) => name !== 'mail' && !name.startsWith('.restore-') && !relExcluded.includes(name));
}

async function withPostgres<T>(url: string, work: (query: RowQuery) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(async (sql) => (await client.query(sql)).rows as Record<string, unknown>[]);
  } finally {
    await client.end();
  }
}

/**
 * Restores an archive of createBackup into this configuration's DATA_DIR and database.
 * Checks everything before it touches the target: every entry against the manifest (size,
 * SHA-256, nothing missing, nothing extra), and for SQLite the row counts of the copy. Refuses a
 * target that holds data unless `force`. The app brings an older schema forward when it starts
 * (migrations under the advisory lock).
 */
export async function restoreBackup(
  config: AppConfig,
  archive: string,
  options: { force?: boolean; keepDirs?: string[] } = {},
): Promise<RestoreResult> {
  if (!fs.existsSync(archive)) throw new RestoreRefused(`no such archive: ${archive}`);
  const keepDirs = options.keepDirs ?? [];
  const existing = existingData(config.dataDir, keepDirs);
  if (existing.length && !options.force) {
    throw new RestoreRefused(
      `DATA_DIR ${config.dataDir} is not empty (${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}); restore into an empty one or pass --force to replace its data`,
    );
  }
  if (config.database.kind === 'postgres') {
    const tables = await withPostgres(config.database.url, (q) => listTables('postgres', q));
    if (tables.length && !options.force) {
      throw new RestoreRefused(
        `the database already has ${tables.length} tables (${tables.slice(0, 5).join(', ')}…); restore into an empty database or pass --force to replace it`,
      );
    }
  }

  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const staging = fs.mkdtempSync(path.join(config.dataDir, '.restore-'));
  try {
    const manifest = verifyEntries(staging, await extractTar(archive, staging));
    if (manifest.database.kind !== config.database.kind) {
      throw new RestoreRefused(
        `the archive holds a ${manifest.database.kind} database but this configuration uses ${config.database.kind}; use the data export to move between databases`,
      );
    }
    const dumped = path.join(staging, manifest.database.entry);

    if (manifest.database.kind === 'sqlite') {
      const copy = new Database(dumped, { readonly: true });
      try {
        compareCounts(manifest.database.rowCounts, await rowCounts('sqlite', sqliteQuery(copy)));
        const check = copy.pragma('integrity_check', { simple: true });
        if (check !== 'ok')
          throw new ArchiveError(`the database in the archive fails SQLite's integrity check: ${String(check)}`);
      } finally {
        copy.close();
      }
    }

    // From here on the target changes.
    if (options.force) {
      for (const name of existing) fs.rmSync(path.join(config.dataDir, name), { recursive: true, force: true });
    }
    if (manifest.database.kind === 'postgres') {
      const url = (config.database as { url: string }).url;
      if (options.force) {
        await withPostgres(url, async (q) => {
          for (const table of await listTables('postgres', q))
            await q(`DROP TABLE IF EXISTS ${quoteIdent(table)} CASCADE`);
        });
      }
      const args = [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${decodeURIComponent(new URL(url).pathname.slice(1))}`,
      ];
      await runPostgresTool('pg_restore', [...args, dumped], url);
      compareCounts(manifest.database.rowCounts, await withPostgres(url, (q) => rowCounts('postgres', q)));
    } else {
      fs.renameSync(dumped, (config.database as { file: string }).file);
    }

    let files = 0;
    for (const entry of manifest.files) {
      if (!entry.name.startsWith(FILES_PREFIX)) continue;
      const target = path.join(config.dataDir, entry.name.slice(FILES_PREFIX.length));
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      fs.renameSync(path.join(staging, entry.name), target);
      fs.chmodSync(target, 0o600);
      files++;
    }
    return { manifest, files };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
