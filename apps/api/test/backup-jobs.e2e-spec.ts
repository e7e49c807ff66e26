import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { ScheduledJobsService } from '#api/jobs/scheduled-jobs.service';
import { createBackup } from '#api/platform/backup/backup';
import { BackupService } from '#api/platform/backup/backup.service';
import { ADMIN, startTestApp, type TestApp } from './support/test-app';

const hour = 3_600_000;
const archives = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.tar.gz'))
        .sort()
    : [];

describe('scheduled backups', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wir-scheduled-')), 'backups');
    t = await startTestApp({ BACKUP_DIR: dir, BACKUP_INTERVAL_HOURS: '24', BACKUP_KEEP: '2' });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('takes one backup per interval, keeps the newest BACKUP_KEEP, and shows the last one to admins only', async () => {
    const jobs = t.app.get(ScheduledJobsService);
    const start = new Date('2026-03-02T01:00:00Z');
    await jobs.runAll(start);
    expect(archives(dir)).toHaveLength(1);
    expect(archives(dir)[0]).toMatch(/^wir-backup-20260302T010000Z-/);
    await jobs.runAll(new Date(start.getTime() + 23 * hour)); // not due yet
    expect(archives(dir)).toHaveLength(1);
    await jobs.runAll(new Date(start.getTime() + 25 * hour));
    await jobs.runAll(new Date(start.getTime() + 50 * hour));
    const kept = archives(dir);
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatch(/^wir-backup-20260303T020000Z-/);
    expect(kept[1]).toMatch(/^wir-backup-20260304T030000Z-/);
    // Personal data inside: readable by the service user only.
    for (const name of kept) expect(fs.statSync(path.join(dir, name)).mode & 0o077).toBe(0);
    expect(fs.statSync(dir).mode & 0o077).toBe(0);
    const runs = (await t.app
      .get(DataSource)
      .query(`SELECT trigger, status, file_name FROM backup_runs ORDER BY id`)) as {
      trigger: string;
      status: string;
      file_name: string;
    }[];
    expect(runs.map((r) => [r.trigger, r.status])).toEqual([
      ['scheduled', 'succeeded'],
      ['scheduled', 'succeeded'],
      ['scheduled', 'succeeded'],
    ]);

    const anonymous = await t.http.get('/api/health/ready');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ status: 'ready', database: process.env.TEST_DB_KIND });
    const coordinator = await t.userWithRoles(['coordinator']);
    expect((await coordinator.get('/api/health/ready')).body.details).toBeUndefined();
    const admin = await t.admin();
    const ready = await admin.get('/api/health/ready');
    expect(ready.status).toBe(200);
    const newest = kept[1];
    expect(ready.body.details.backup).toMatchObject({
      lastSizeBytes: fs.statSync(path.join(dir, newest)).size,
      lastFailed: false,
      intervalHours: 24,
    });
    expect(runs[2].file_name).toBe(newest);

    const system = await admin.get('/api/admin/system');
    expect(system.status).toBe(200);
    expect(system.body).toMatchObject({
      database: process.env.TEST_DB_KIND,
      backup: { intervalHours: 24, keep: 2, directory: dir },
    });
    expect(system.body.lastMigration).toMatch(/\d{13}$/);
    expect(system.body.backup.lastSucceeded.fileName).toBe(newest);
    expect(system.body.backup.recent).toHaveLength(3);
    expect((await coordinator.get('/api/admin/system')).status).toBe(403);

    // "Back up now" by an admin: a manual run, audited; the newest two stay.
    expect((await coordinator.post('/api/admin/backups')).status).toBe(403);
    const now = await admin.post('/api/admin/backups');
    expect(now.status).toBe(201);
    expect(now.body).toMatchObject({ trigger: 'manual', status: 'succeeded' });
    expect(archives(dir)).toContain(now.body.fileName);
    expect(archives(dir)).toHaveLength(2);
    const audit = (await t.app.get(DataSource).query(`SELECT entity_id FROM audit_log WHERE entity = 'backup'`)) as {
      entity_id: string;
    }[];
    expect(audit.map((a) => a.entity_id)).toEqual([now.body.fileName]);
  }, 60_000);

  it('calls a backup overdue after twice the interval, also when the timer of deploy/ takes them (schedule 0)', async () => {
    const backups = t.app.get(BackupService);
    const config = t.config.backup as { intervalHours: number };
    const last = new Date((await backups.status()).lastSucceeded!.at).getTime();
    expect((await backups.status(new Date(last + 47 * hour))).overdue).toBe(false);
    expect((await backups.status(new Date(last + 49 * hour))).overdue).toBe(true);
    config.intervalHours = 0;
    try {
      expect((await backups.status(new Date(last + 47 * hour))).overdue).toBe(false);
      expect((await backups.status(new Date(last + 49 * hour))).overdue).toBe(true);
    } finally {
      config.intervalHours = 24;
    }
  });

  it('records a failed backup, shows it, and tries again only after an hour', async () => {
    const jobs = t.app.get(ScheduledJobsService);
    // A file where the backup folder should be: the next backup fails.
    const blocked = path.join(path.dirname(dir), 'blocked');
    fs.writeFileSync(blocked, 'not a folder');
    const config = t.config.backup as { dir: string };
    const original = config.dir;
    config.dir = path.join(blocked, 'backups');
    try {
      const due = new Date(Date.now() + 30 * 24 * hour); // well after the manual backup above
      await jobs.runAll(due);
      await jobs.runAll(new Date(due.getTime() + 30 * 60_000));
      const failed = (await t.app
        .get(DataSource)
        .query(`SELECT COUNT(*) AS n FROM backup_runs WHERE status = 'failed'`)) as { n: string | number }[];
      expect(Number(failed[0].n)).toBe(1);
      // A new login: the jobs' clock is a month ahead, so the session clean-up removed the earlier one.
      const ready = await (await t.login(ADMIN.email, ADMIN.password)).get('/api/health/ready');
      expect(ready.body.details.backup.lastFailed).toBe(true);
      await jobs.runAll(new Date(due.getTime() + 61 * 60_000));
      const again = (await t.app
        .get(DataSource)
        .query(`SELECT COUNT(*) AS n FROM backup_runs WHERE status = 'failed'`)) as { n: string | number }[];
      expect(Number(again[0].n)).toBe(2);
    } finally {
      config.dir = original;
    }
  }, 60_000);
});

describe('backups kept inside DATA_DIR (the default BACKUP_DIR)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t?.close());

  it('never puts an archive into an archive', async () => {
    expect(t.config.backup.dir).toBe(path.join(t.config.dataDir, 'backups'));
    const jobs = t.app.get(ScheduledJobsService);
    await jobs.runAll(new Date('2026-04-01T00:00:00Z'));
    await jobs.runAll(new Date('2026-04-02T01:00:00Z'));
    expect(archives(t.config.backup.dir)).toHaveLength(2);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-elsewhere-'));
    try {
      const { manifest } = await createBackup(t.config, t.app.get(DataSource), elsewhere);
      expect(manifest.files.map((f) => f.name).filter((n) => n.includes('backups/'))).toEqual([]);
      expect(manifest.files.map((f) => f.name)).toContain('files/secrets.key');
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 60_000);
});
