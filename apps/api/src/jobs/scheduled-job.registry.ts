import { Injectable, type InjectionToken } from '@nestjs/common';

/** A periodic job: runs every JOBS_INTERVAL_MS in one process at a time (JobLock), and must be safe to repeat. */
export type ScheduledJob = {
  /** Unique; names the job's advisory lock and its log lines. */
  name: string;
  run(now: Date): Promise<unknown>;
};

/** The jobs the modules have registered, in the order they were registered. */
@Injectable()
export class ScheduledJobRegistry {
  private readonly jobs = new Map<string, ScheduledJob>();

  register(...jobs: ScheduledJob[]): void {
    for (const job of jobs) {
      if (this.jobs.has(job.name)) throw new Error(`scheduled job "${job.name}" is registered twice`);
      this.jobs.set(job.name, job);
    }
  }

  list(): ScheduledJob[] {
    return [...this.jobs.values()];
  }
}

/**
 * A provider that registers a module's jobs when the module starts: put it into the module's
 * `providers`, with the services the jobs call:
 *
 * ```ts
 * registerScheduledJobs([ReminderService], (reminders: ReminderService) => [{ name: 'reminders', run: (now) => reminders.enqueueDue(now) }])
 * ```
 */
export function registerScheduledJobs<D extends unknown[]>(
  inject: { [K in keyof D]: InjectionToken },
  jobs: (...dependencies: D) => ScheduledJob[],
) {
  return {
    provide: Symbol('scheduled jobs'),
    inject: [ScheduledJobRegistry, ...(inject as InjectionToken[])],
    useFactory: (registry: ScheduledJobRegistry, ...dependencies: unknown[]) =>
      registry.register(...jobs(...(dependencies as D))),
  };
}
