import { Inject, Injectable, Logger } from '@nestjs/common';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import type { BackupRun, Operation, SystemStatus } from '@wir/shared';
import { AuditService } from '#api/platform/audit/audit.service';
import type { Actor } from '#api/platform/auth/actor';
import type { AppConfig } from '#api/platform/config/app-config';
import { DomainError } from '#api/platform/errors/domain.error';
import type { Download } from '#api/platform/export/download';
import { JobLock } from '#api/platform/database/job-lock.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { OperationsService } from '#api/platform/operations/operations.service';
import { appVersion } from './app-version.util';
import { writeDataExport } from './data-export';
import { lastMigration } from './database-tables.util';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { loggableError } from '#api/platform/logging/loggable-error.util';
import { createBackup, pruneBackups, type BackupResult } from './backup';
import { BackupRunEntity, type BackupTrigger } from './backup-run.entity';

/** After a failed scheduled backup the next attempt waits at least this long (not every job round). */
const RETRY_AFTER_FAILURE_MS = 3_600_000;

export type BackupRunSummary = BackupRun;
export type BackupStatus = {
  intervalHours: number;
  keep: number;
  lastSucceeded: BackupRunSummary | null;
  lastAttempt: BackupRunSummary | null;
  /** The last success is older than twice the interval (24 h when the schedule is off but backups were taken), or there is none while the schedule is on. */
  overdue: boolean;
};

function summary(run: BackupRunEntity | null): BackupRunSummary | null {
  return (
    run && {
      at: run.finishedAt.toISOString(),
      status: run.status,
      trigger: run.trigger,
      fileName: run.fileName,
      sizeBytes: run.sizeBytes,
      error: run.error,
    }
  );
}

/** Takes a backup and records it in backup_runs (shared by the scheduled job and `npm run backup`). */
export async function takeRecordedBackup(
  config: AppConfig,
  dataSource: DataSource,
  trigger: BackupTrigger,
  outDir = config.backup.dir,
  now = new Date(),
): Promise<BackupResult> {
  const runs = dataSource.getRepository(BackupRunEntity);
  // Times on the job's clock (`now`, which tests move), plus how long the backup really took.
  const began = Date.now();
  const finished = () => new Date(now.getTime() + (Date.now() - began));
  let result: BackupResult;
  try {
    result = await createBackup(config, dataSource, outDir, now);
  } catch (error) {
    const message = (error as Error).message.slice(0, 1000);
    await runs
      .insert({
        trigger,
        status: 'failed',
        startedAt: now,
        finishedAt: finished(),
        fileName: null,
        sizeBytes: null,
        error: message,
      })
      .catch(() => undefined);
    throw error;
  }
  // The archive is complete either way; a database without the table (a schema before backup_runs) only misses the record.
  await runs
    .insert({
      trigger,
      status: 'succeeded',
      startedAt: now,
      finishedAt: finished(),
      fileName: path.basename(result.file),
      sizeBytes: result.sizeBytes,
      error: null,
    })
    .catch((error: Error) =>
      new Logger('Backup').warn({ error: loggableError(error) }, 'backup written but not recorded in backup_runs'),
    );
  return result;
}

@Injectable()
export class BackupService {
  private readonly logger = new Logger('Backup');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobLock: JobLock,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly operations: OperationsService,
  ) {}

  private async latest(status?: 'succeeded'): Promise<BackupRunEntity | null> {
    return this.dataSource
      .getRepository(BackupRunEntity)
      .findOne({ where: status ? { status } : {}, order: { finishedAt: 'DESC', id: 'DESC' } });
  }

  /**
   * The scheduled job (run under the job lock, so by one process at a time): a backup when the last
   * successful one is older than BACKUP_INTERVAL_HOURS, then only the newest BACKUP_KEEP archives stay.
   */
  async runScheduled(now = new Date()): Promise<BackupResult | null> {
    const { intervalHours, keep, dir } = this.config.backup;
    if (intervalHours === 0) return null;
    const [succeeded, attempt] = [await this.latest('succeeded'), await this.latest()];
    if (succeeded && now.getTime() - succeeded.finishedAt.getTime() < intervalHours * 3_600_000) return null;
    if (
      attempt?.status === 'failed' &&
      now.getTime() - attempt.finishedAt.getTime() < Math.min(RETRY_AFTER_FAILURE_MS, intervalHours * 3_600_000)
    )
      return null;
    try {
      const result = await takeRecordedBackup(this.config, this.dataSource, 'scheduled', dir, now);
      const removed = pruneBackups(dir, keep);
      this.logger.log(
        { file: path.basename(result.file), sizeBytes: result.sizeBytes, removed: removed.length },
        'backup written',
      );
      return result;
    } catch (error) {
      this.logger.error({ error: loggableError(error) }, 'scheduled backup failed');
      throw error;
    }
  }

  async status(now = new Date()): Promise<BackupStatus> {
    const [lastSucceeded, lastAttempt] = [await this.latest('succeeded'), await this.latest()];
    const { intervalHours, keep } = this.config.backup;
    // With the API's schedule off (0), backups may come from the systemd timer (recorded by the command):
    // once there has been one, a day's rhythm is expected.
    const expectedHours = intervalHours || 24;
    const overdue =
      (intervalHours > 0 || lastSucceeded !== null) &&
      (!lastSucceeded || now.getTime() - lastSucceeded.finishedAt.getTime() > 2 * expectedHours * 3_600_000);
    return { intervalHours, keep, lastSucceeded: summary(lastSucceeded), lastAttempt: summary(lastAttempt), overdue };
  }

  /** The system page: version, schema, database and the backups (the ten latest runs). */
  async systemStatus(now = new Date()): Promise<SystemStatus> {
    const status = await this.status(now);
    const recent = await this.dataSource
      .getRepository(BackupRunEntity)
      .find({ order: { finishedAt: 'DESC', id: 'DESC' }, take: 10 });
    const kind = this.config.database.kind;
    const migration = await lastMigration(kind, (sql) => this.dataSource.query(sql));
    return {
      version: appVersion(),
      database: kind,
      lastMigration: migration,
      backup: {
        intervalHours: status.intervalHours,
        keep: status.keep,
        directory: this.config.backup.dir,
        overdue: status.overdue,
        lastSucceeded: status.lastSucceeded,
        recent: recent.map((r) => summary(r)!),
      },
    };
  }

  /** An admin's "back up now": under the same lock as the scheduled job, so two never run at once. */
  async backupNow(actor: Actor): Promise<BackupRun> {
    const run = await this.jobLock.runExclusive('backup', async () => {
      const result = await takeRecordedBackup(this.config, this.dataSource, 'manual');
      pruneBackups(this.config.backup.dir, this.config.backup.keep);
      return result;
    });
    if (!run.ran) throw new DomainError('backup_running', 'A backup is being taken right now; try again in a minute.');
    await this.transactions.run((m) =>
      this.audit.record(m, actor, {
        action: 'create',
        entity: 'backup',
        entityId: path.basename(run.result.file),
        after: { sizeBytes: run.result.sizeBytes },
      }),
    );
    this.logger.log(
      { file: path.basename(run.result.file), sizeBytes: run.result.sizeBytes },
      'backup written on request',
    );
    return summary(await this.latest('succeeded'))!;
  }

  /** The data export as a background operation (audited when started); progress counts the tables written. */
  async startDataExport(actor: Actor): Promise<Operation> {
    const download = await this.dataExport(actor);
    return this.operations.start(
      actor,
      { kind: 'data_export', subject: download.fileName, subjectPath: '/system' },
      async (ctx) => {
        await ctx.writeFile(download.fileName, download.contentType, (out) =>
          writeDataExport(this.config, this.dataSource, out, new Date(), (done, total) =>
            ctx.progress(done, total),
          ).then((summary) => ctx.summary({ tables: Object.keys(summary.tables).length, files: summary.files })),
        );
      },
    );
  }

  /** The district's data export; the download is in the audit log before its first byte is sent. */
  async dataExport(actor: Actor): Promise<Download> {
    const at = new Date();
    await this.transactions.run((m) =>
      this.audit.record(m, actor, {
        action: 'create',
        entity: 'data_export',
        entityId: at.toISOString(),
        after: { by: actor.email },
      }),
    );
    const stamp = at.toISOString().slice(0, 10);
    return {
      fileName: `wir-datenexport-${stamp}.zip`,
      contentType: 'application/zip',
      write: async (out) => {
        await writeDataExport(this.config, this.dataSource, out, at);
      },
    };
  }
}
