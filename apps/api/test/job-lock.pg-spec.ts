import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { JobLock } from '#api/platform/database/job-lock.service';
import { secondProcess, startTestApp, TestApp } from './support/test-app';

const lockHolders = async (t: TestApp) =>
  (await t.app
    .get(DataSource)
    .query("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1", [0x57_49_52])) as {
    pid: number;
  }[];

/** A scheduled job runs in one API process at a time; a process that dies takes its lock with it. */
describe('job lock on PostgreSQL (two API processes)', () => {
  let t: TestApp;
  let second: NestExpressApplication;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-test-'));

  beforeAll(async () => {
    t = await startTestApp();
    if (t.config.database.kind !== 'postgres') throw new Error('postgres only');
    second = await secondProcess(t, dataDir);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('skips a job another process is running, runs other jobs, and runs it again once the first is done', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = t.app.get(JobLock).runExclusive('reminders', async () => {
      started();
      await gate;
      return 'first';
    });
    await running;
    const other = second.get(JobLock);
    let ran = false;
    expect(await other.runExclusive('reminders', async () => (ran = true))).toEqual({ ran: false });
    expect(ran).toBe(false);
    expect(await other.runExclusive('retention', async () => 'another job')).toEqual({
      ran: true,
      result: 'another job',
    });
    finish();
    expect(await first).toEqual({ ran: true, result: 'first' });
    expect(await other.runExclusive('reminders', async () => 'second')).toEqual({ ran: true, result: 'second' });
    expect(await lockHolders(t)).toEqual([]);
  });

  it('frees the lock of a process whose connection dies mid-job, so the next run picks the job up', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const crashed = t.app
      .get(JobLock)
      .runExclusive('retention', async () => {
        started();
        await gate;
      })
      .catch(() => 'connection lost');
    await running;
    const [holder] = await lockHolders(t);
    // What a crashed process leaves: its connection is gone, and with it the session lock. Without a timeout
    // pg_terminate_backend only signals the backend, which may still hold the lock a moment later; with one it
    // waits until the backend has exited (its locks are released before it leaves the process table).
    const [{ gone }] = (await second
      .get(DataSource)
      .query('SELECT pg_terminate_backend($1, 10000) AS gone', [holder.pid])) as { gone: boolean }[];
    expect(gone).toBe(true);
    expect(await second.get(JobLock).runExclusive('retention', async () => 'taken over')).toEqual({
      ran: true,
      result: 'taken over',
    });
    finish();
    await crashed;
    expect(await lockHolders(t)).toEqual([]);
  });
});
