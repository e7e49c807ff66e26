import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '#api/create-app';
import { ScheduledJobsService } from '#api/jobs/scheduled-jobs.service';
import { loadConfig } from '#api/platform/config/app-config';
import { createDatabase, dropDatabase } from './support/database';

/** Two API instances (two connection pools) on one PostgreSQL database run the jobs at the same moment: one backup. */
describe('the scheduled backup in two API processes on PostgreSQL', () => {
  const databaseUrl = `${process.env.DATABASE_URL}_backup2`;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-backup2-'));
  const apps: NestExpressApplication[] = [];

  beforeAll(async () => {
    await createDatabase(databaseUrl);
    const config = () =>
      loadConfig({
        DATA_DIR: path.join(root, 'data'),
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'silent',
        JOBS_ENABLED: 'false',
        MAIL_WORKER_ENABLED: 'false',
        BACKUP_DIR: path.join(root, 'backups'),
        BACKUP_INTERVAL_HOURS: '6',
        BACKUP_KEEP: '3',
      });
    apps.push(await createApp(config()), await createApp(config()));
  }, 60_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await dropDatabase(databaseUrl);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('is taken by one of them per interval', async () => {
    const base = Date.now();
    for (const hours of [0, 1, 7, 8, 14]) {
      const now = new Date(base + hours * 3_600_000);
      await Promise.all(apps.map((app) => app.get(ScheduledJobsService).runAll(now)));
    }
    const runs = (await apps[0].get(DataSource).query(`SELECT status, file_name FROM backup_runs ORDER BY id`)) as {
      status: string;
      file_name: string;
    }[];
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(fs.readdirSync(path.join(root, 'backups')).sort()).toEqual(runs.map((r) => r.file_name).sort());
  }, 60_000);
});
