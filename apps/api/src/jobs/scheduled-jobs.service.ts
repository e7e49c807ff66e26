import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ReceiptRetentionService } from '../modules/grants/receipt-retention.service';
import { ReminderService } from '../modules/registrations/reminder.service';
import { RetentionService } from '../modules/registrations/retention.service';
import { SessionService } from '../platform/auth/session.service';
import { APP_CONFIG } from '../platform/config/app-config.token';
import { FixedWindowLimiter } from '../platform/http/fixed-window-limiter';
import type { AppConfig } from '../platform/config/app-config';
import { IDEMPOTENCY_TTL_MS, IdempotencyService } from '../platform/idempotency/idempotency.service';
import { JobLock } from '../platform/database/job-lock.service';
import { loggableError } from '../platform/logging/loggable-error.util';
import { deleteEmlFilesOlderThan } from '../platform/mail/eml-retention.util';

// .eml files of the no-SMTP fallback are for trying the product out; they are kept 30 days.
const EML_RETENTION_MS = 30 * 86_400_000;

/** Runs the periodic jobs every JOBS_INTERVAL_MS; each job is safe to run in several processes at once. */
@Injectable()
export class ScheduledJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ScheduledJobs');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly reminders: ReminderService,
    private readonly retention: RetentionService,
    private readonly receiptRetention: ReceiptRetentionService,
    private readonly idempotency: IdempotencyService,
    private readonly sessions: SessionService,
    private readonly rateLimits: FixedWindowLimiter,
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
    const jobs: [string, () => Promise<unknown>][] = [
      ['reminders', () => this.reminders.enqueueDue(now)],
      ['retention', () => this.retention.anonymiseExpired(now)],
      ['receipt retention', () => this.receiptRetention.purgeExpired(now)],
      ['idempotency keys', () => this.idempotency.deleteOlderThan(new Date(now.getTime() - IDEMPOTENCY_TTL_MS))],
      ['sessions', () => this.sessions.purgeEndedBefore(new Date(now.getTime() - 86_400_000))],
      ['rate-limit counters', () => this.rateLimits.deleteExpired(now)],
      ['mail files', () => deleteEmlFilesOlderThan(this.config.dataDir, new Date(now.getTime() - EML_RETENTION_MS))],
    ];
    for (const [name, job] of jobs) {
      try {
        // Every API process runs the jobs; each job runs in one of them at a time (and is safe to repeat).
        const run = await this.jobLock.runExclusive(name, job);
        if (!run.ran) this.logger.debug(`job ${name} skipped: another process is running it`);
      } catch (error) {
        this.logger.error({ error: loggableError(error) }, `job ${name} failed`);
      }
    }
  }
}
