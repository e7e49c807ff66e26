import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { JobLock } from '#api/platform/database/job-lock.service';
import { loggableError } from '#api/platform/logging/loggable-error.util';
import { ScheduledJobRegistry } from './scheduled-job.registry';

/** Runs the registered jobs every JOBS_INTERVAL_MS; each job is safe to run in several processes at once. */
@Injectable()
export class ScheduledJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ScheduledJobs');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly registry: ScheduledJobRegistry,
    private readonly jobLock: JobLock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.runAll().finally(() => (this.running = undefined));
    }, this.config.jobs.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async runAll(now = new Date()): Promise<void> {
    for (const { name, run: job } of this.registry.list()) {
      try {
        // Every API process runs the jobs; each job runs in one of them at a time (and is safe to repeat).
        const run = await this.jobLock.runExclusive(name, () => job(now));
        if (!run.ran) this.logger.debug(`job ${name} skipped: another process is running it`);
      } catch (error) {
        this.logger.error({ error: loggableError(error) }, `job ${name} failed`);
      }
    }
  }
}
