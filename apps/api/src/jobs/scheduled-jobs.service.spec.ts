import { Logger } from '@nestjs/common';
import type { AppConfig } from '#api/platform/config/app-config';
import type { JobLock } from '#api/platform/database/job-lock.service';
import { ScheduledJobRegistry } from './scheduled-job.registry';
import { ScheduledJobsService } from './scheduled-jobs.service';

describe('scheduled jobs from the registry', () => {
  const config = { jobs: { enabled: false, intervalMs: 60_000 } } as unknown as AppConfig;
  // The failing job below is expected: keep its error out of the test output.
  beforeAll(() => Logger.overrideLogger(false));

  /** A lock that lets every job run except those named in `heldElsewhere`, and notes what it was asked for. */
  function fakeLock(heldElsewhere: string[] = []) {
    const asked: string[] = [];
    const lock = {
      async runExclusive<T>(name: string, work: () => Promise<T>) {
        asked.push(name);
        return heldElsewhere.includes(name) ? { ran: false as const } : { ran: true as const, result: await work() };
      },
    } as unknown as JobLock;
    return { lock, asked };
  }

  it('runs every registered job under its own lock, with the same clock, and goes on after a failure', async () => {
    const registry = new ScheduledJobRegistry();
    const seen: [string, Date][] = [];
    registry.register(
      { name: 'reminders', run: async (now) => seen.push(['reminders', now]) },
      {
        name: 'retention',
        run: async () => {
          throw new Error('database away');
        },
      },
    );
    registry.register({ name: 'mail files', run: async (now) => seen.push(['mail files', now]) });
    const { lock, asked } = fakeLock(['mail files']);
    const now = new Date('2014-05-22T06:00:00Z');
    await new ScheduledJobsService(registry, lock, config).runAll(now);
    expect(asked).toEqual(['reminders', 'retention', 'mail files']);
    // 'mail files' is held by another process this round: skipped, not run twice.
    expect(seen).toEqual([['reminders', now]]);
  });

  it('refuses a job name registered twice (the name is the lock)', () => {
    const registry = new ScheduledJobRegistry();
    registry.register({ name: 'sessions', run: async () => 0 });
    expect(() => registry.register({ name: 'sessions', run: async () => 1 })).toThrow(/registered twice/);
    expect(registry.list().map((job) => job.name)).toEqual(['sessions']);
  });
});
