import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { createBackup, type BackupManifest } from '#api/platform/backup/backup';
import { RestoreRefused, restoreBackup } from '#api/platform/backup/restore';
import { ArchiveError, extractTar, TarWriter } from '#api/platform/backup/tar.util';
import { emptyRestoreTarget, pool, startOn, type RestoreTarget } from './support/backup-targets';
import { publishedEvent, participant } from './support/event-fixtures';
import { wirGrant } from './support/grant-fixtures';
import { ADMIN, type Client, startTestApp, type TestApp } from './support/test-app';

const CLI = path.resolve(__dirname, '../dist/cli');
/** Runs a built command (`npm run backup` / `npm run restore` call these) and returns its exit code and output. */
function command(
  name: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(CLI, `${name}.js`), ...args],
      { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const envOf = (config: { dataDir: string; database: { kind: string; url?: string } }) => ({
  DATA_DIR: config.dataDir,
  ...(config.database.kind === 'postgres' ? { DATABASE_URL: (config.database as { url: string }).url } : {}),
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const scanOf = (n: number) =>
  Buffer.concat([Buffer.from(`%PDF-1.4\n% Beleg ${n}\n`), Buffer.alloc(1024 + n, 0x20), Buffer.from('\n%%EOF\n')]);

describe('backup and restore', () => {
  let t: TestApp;
  let finance: Client;
  let work: string;
  let archive: string;
  let manifest: BackupManifest;
  const targets: RestoreTarget[] = [];
  const target = async () => {
    const made = await emptyRestoreTarget();
    targets.push(made);
    return made;
  };

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
    finance = await t.userWithRoles(['finance']);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-backups-'));
  });

  afterAll(async () => {
    for (const made of targets) await made.remove();
    await t?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('takes a consistent backup while 200 registrations and 200 receipts with scans are written, and restores each committed one exactly once', async () => {
    const event = await publishedEvent(await t.admin(), { slug: 'konf-backup', capacity: 1000 });
    const { grant, lines } = await wirGrant(finance);

    const registrations = new Map<number, string>(); // id → e-mail, committed (201 received)
    const receipts = new Map<number, number>(); // id → amount in cents, committed
    const scans = new Map<number, string>(); // receipt id → SHA-256 of its scan, committed
    let before: { registrations: Set<number>; receipts: Set<number>; scans: Set<number> } | undefined;
    let done = 0;
    let backupTaken: Promise<{ file: string; manifest: BackupManifest }> | undefined;

    const afterEach = () => {
      if (++done === 150) {
        // What is committed now must be in the backup; what commits from here on may or may not be.
        before = {
          registrations: new Set(registrations.keys()),
          receipts: new Set(receipts.keys()),
          scans: new Set(scans.keys()),
        };
        backupTaken = createBackup(t.config, t.app.get(DataSource), work);
      }
    };
    const tasks: (() => Promise<void>)[] = [];
    for (let i = 0; i < 200; i++) {
      tasks.push(async () => {
        const body = participant();
        const res = await t.http.post(`/api/public/events/${event.slug}/registrations`).send(body);
        expect(res.status).toBe(201);
        registrations.set(res.body.id, body.email as string);
        afterEach();
      });
      tasks.push(async () => {
        const amountCents = 1_000 + i;
        const res = await finance.post(`/api/grants/${grant.id}/receipts`, {
          receiptNumber: `BK-${i}`,
          date: '2014-05-22',
          kind: 'expense',
          payee: 'Druckerei Dietzenbach',
          purpose: 'Flyer Integrationskonferenz',
          amountCents,
          budgetLineId: lines[i % lines.length].id,
        });
        expect(res.status).toBe(201);
        receipts.set(res.body.id, amountCents);
        const scan = scanOf(i);
        const put = await finance.agent
          .put(`/api/receipts/${res.body.id}/file`)
          .set('X-CSRF-Token', finance.csrf)
          .set('Content-Type', 'application/pdf')
          .set('X-File-Name', `beleg-${i}.pdf`)
          .send(scan);
        expect(put.status).toBe(200);
        scans.set(res.body.id, sha256(scan));
        afterEach();
      });
    }
    await pool(tasks, 6);
    expect(backupTaken).toBeDefined();
    const taken = await backupTaken!;
    archive = taken.file;
    manifest = taken.manifest;
    expect(path.basename(archive)).toMatch(/^wir-backup-\d{8}T\d{6}Z-[0-9a-f]{6}\.tar\.gz$/);
    expect(before!.registrations.size).toBeGreaterThan(0);
    expect(before!.scans.size).toBeGreaterThan(0);
    expect(manifest.database.kind).toBe(process.env.TEST_DB_KIND);
    expect(manifest.database.lastMigration).toMatch(/\d{13}$/);
    expect(manifest.database.rowCounts.registrations).toBeGreaterThanOrEqual(before!.registrations.size);
    expect(manifest.files.some((f) => f.name.startsWith('files/mail/'))).toBe(false);

    const into = await target();
    const result = await restoreBackup(into.config, archive);
    expect(result.manifest.createdAt).toBe(manifest.createdAt);

    // The app starts on the restored data (its migrations find nothing to do) and the admin can log in.
    const restored = await startOn(into.config);
    try {
      const db = restored.app.get(DataSource);
      const regRows = (await db.query('SELECT id, email FROM registrations')) as { id: number; email: string }[];
      const regIds = regRows.map((r) => Number(r.id));
      expect(new Set(regIds).size).toBe(regIds.length);
      for (const id of before!.registrations) expect(regIds).toContain(id);
      for (const row of regRows) expect(registrations.get(Number(row.id))).toBe(row.email); // nothing that was never committed
      expect(regIds.length).toBe(manifest.database.rowCounts.registrations);
      // Never half a booking: the seat counter written in the same transaction matches the rows.
      const [{ seats }] = (await db.query(`SELECT confirmed_count AS seats FROM events WHERE id = ${event.id}`)) as {
        seats: number;
      }[];
      const [{ confirmed }] = (await db.query(
        `SELECT COUNT(*) AS confirmed FROM registrations WHERE event_id = ${event.id} AND status = 'confirmed'`,
      )) as { confirmed: string }[];
      expect(Number(seats)).toBe(Number(confirmed));

      const receiptRows = (await db.query(
        `SELECT id, amount_cents, file_key FROM receipts WHERE grant_id = ${grant.id}`,
      )) as { id: number; amount_cents: number; file_key: string | null }[];
      const receiptIds = receiptRows.map((r) => Number(r.id));
      expect(new Set(receiptIds).size).toBe(receiptIds.length);
      for (const id of before!.receipts) expect(receiptIds).toContain(id);
      let sum = 0;
      for (const row of receiptRows) {
        expect(receipts.get(Number(row.id))).toBe(Number(row.amount_cents));
        sum += Number(row.amount_cents);
      }
      const expectedSum = receiptIds.reduce((s, id) => s + receipts.get(id)!, 0);
      expect(sum).toBe(expectedSum);
      const admin = await restored.login(ADMIN.email, ADMIN.password);
      const status = await admin.get(`/api/grants/${grant.id}/budget-status`);
      expect(status.status).toBe(200);
      expect(status.body.totals.actualCents).toBe(sum);

      // Every scan a restored receipt names is there with the bytes that were uploaded.
      for (const id of before!.scans) expect(receiptRows.find((r) => Number(r.id) === id)?.file_key).toBeTruthy();
      let checked = 0;
      for (const row of receiptRows.filter((r) => r.file_key)) {
        const content = fs.readFileSync(path.join(into.dataDir, 'receipts', row.file_key!));
        expect(sha256(content)).toBe(scans.get(Number(row.id)));
        expect(fs.statSync(path.join(into.dataDir, 'receipts', row.file_key!)).mode & 0o077).toBe(0);
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(before!.scans.size);
      // The secrets key came along, so sealed data still opens.
      expect(fs.readFileSync(path.join(into.dataDir, 'secrets.key'), 'utf8')).toBe(
        fs.readFileSync(path.join(t.config.dataDir, 'secrets.key'), 'utf8'),
      );
    } finally {
      await restored.app.close();
    }
  }, 180_000);

  it('refuses a target that already holds data, unless told to replace it', async () => {
    const into = await target();
    await restoreBackup(into.config, archive);
    await expect(restoreBackup(into.config, archive)).rejects.toThrow(RestoreRefused);
    await expect(restoreBackup(into.config, archive)).rejects.toThrow(/not empty|already has/);
    const forced = await restoreBackup(into.config, archive, { force: true });
    expect(forced.manifest.database.rowCounts.receipts).toBe(manifest.database.rowCounts.receipts);
  }, 60_000);

  it('refuses a damaged archive: a flipped byte, a missing file, a cut-off end', async () => {
    const bytes = fs.readFileSync(archive);
    const flipped = path.join(work, 'flipped.tar.gz');
    const copy = Buffer.from(bytes);
    copy[Math.floor(copy.length / 2)] ^= 0xff;
    fs.writeFileSync(flipped, copy);

    const cut = path.join(work, 'cut.tar.gz');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));

    // The same archive rewritten without one scan (the manifest still lists it).
    const unpacked = fs.mkdtempSync(path.join(work, 'unpacked-'));
    const entries = await extractTar(archive, unpacked);
    const dropped = entries.find((e) => e.name.startsWith('files/receipts/'))!;
    const missing = path.join(work, 'missing.tar.gz');
    const writer = new TarWriter(missing);
    for (const e of entries.filter((x) => x !== dropped && x.name !== 'manifest.json'))
      await writer.addFile(e.name, path.join(unpacked, e.name));
    await writer.addFile('manifest.json', path.join(unpacked, 'manifest.json'));
    await writer.finish();

    // A changed scan with its manifest untouched.
    const tampered = path.join(work, 'tampered.tar.gz');
    const w2 = new TarWriter(tampered);
    for (const e of entries) {
      if (e === dropped) await w2.addBuffer(e.name, Buffer.from('%PDF-1.4 forged\n'));
      else await w2.addFile(e.name, path.join(unpacked, e.name));
    }
    await w2.finish();

    for (const [file, message] of [
      [flipped, /damaged|incomplete/],
      [cut, /damaged|incomplete/],
      [missing, new RegExp(`${dropped.name} is missing`)],
      [tampered, new RegExp(`${dropped.name} has \\d+ bytes|${dropped.name} does not match`)],
    ] as const) {
      const into = await target();
      await expect(restoreBackup(into.config, file)).rejects.toThrow(ArchiveError);
      await expect(restoreBackup(into.config, file)).rejects.toThrow(message);
      // Nothing was written into the target.
      expect(fs.readdirSync(into.dataDir)).toEqual([]);
      if (into.databaseUrl) {
        const { Client: PgClient } = await import('pg');
        const pg = new PgClient({ connectionString: into.databaseUrl });
        await pg.connect();
        const { rows } = await pg.query(
          `SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()`,
        );
        await pg.end();
        expect(Number(rows[0].n)).toBe(0);
      }
    }
  }, 120_000);

  it('offers the same as commands of the built API (npm run backup, npm run restore) with telling exit codes', async () => {
    const out = path.join(work, 'cli');
    const backup = await command('backup', ['--out', out], envOf(t.config));
    expect(backup.stderr).not.toMatch(/failed/);
    expect(backup.code).toBe(0);
    const written = JSON.parse(backup.stdout) as { file: string; sizeBytes: number; rowCounts: Record<string, number> };
    expect(path.dirname(written.file)).toBe(out);
    expect(fs.statSync(written.file).size).toBe(written.sizeBytes);
    expect(written.rowCounts.receipts).toBeGreaterThanOrEqual(200);
    // The command records its run like the scheduled job does.
    const runs = (await t.app
      .get(DataSource)
      .query(`SELECT trigger, file_name FROM backup_runs WHERE trigger = 'manual'`)) as { file_name: string }[];
    expect(runs.map((r) => r.file_name)).toContain(path.basename(written.file));

    const damaged = path.join(work, 'cli-damaged.tar.gz');
    const bytes = fs.readFileSync(written.file);
    fs.writeFileSync(damaged, bytes.subarray(0, bytes.length - 100));
    const into = await target();
    const refused = await command('restore', [damaged], envOf(into.config));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^restore refused: the archive is (damaged|incomplete)/);
    expect(fs.readdirSync(into.dataDir)).toEqual([]);

    const restored = await command('restore', [written.file], envOf(into.config));
    expect(restored.stderr).toMatch(/Start the API now/);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout).rowCounts).toEqual(written.rowCounts);
    const again = await command('restore', [written.file], envOf(into.config));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/not empty|already has/);
    expect((await command('restore', [], envOf(into.config))).code).toBe(64);
  }, 120_000);
});
