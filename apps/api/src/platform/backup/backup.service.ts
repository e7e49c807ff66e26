import { Inject, Injectable, Logger } from '@nestjs/common';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { loggableError } from '../logging/loggable-error.util';
import { createBackup, pruneBackups, type BackupResult } from './backup';
import { BackupRunEntity, type BackupTrigger } from './backup-run.entity';

/** After a failed scheduled backup the next attempt waits at least this long (not every job round). */
const RETRY_AFTER_FAILURE_MS = 3_600_000;

export type BackupRunSummary = { at: string; status: 'succeeded' | 'failed'; trigger: BackupTrigger; fileName: string | null; sizeBytes: number | null; error: string | null };
export type BackupStatus = {
  intervalHours: number;
  keep: number;
  lastSucceeded: BackupRunSummary | null;
  lastAttempt: BackupRunSummary | null;
  /** True when scheduled backups are on and the last success is older than twice the interval (or there is none). */
  overdue: boolean;
};

function summary(run: BackupRunEntity | null): BackupRunSummary | null {
  return run && { at: run.finishedAt.toISOString(), status: run.status, trigger: run.trigger, fileName: run.fileName, sizeBytes: run.sizeBytes, error: run.error };
}

/** Takes a backup and records it in backup_runs (shared by the scheduled job and `npm run backup`). */
export async function takeRecordedBackup(config: AppConfig, dataSource: DataSource, trigger: BackupTrigger, outDir = config.backup.dir, now = new Date()): Promise<BackupResult> {
  const runs = dataSource.getRepository(BackupRunEntity);
  try {
    const result = await createBackup(config, dataSource, outDir, now);
    await runs.insert({ trigger, status: 'succeeded', startedAt: now, finishedAt: new Date(), fileName: path.basename(result.file), sizeBytes: result.sizeBytes, error: null });
    return result;
  } catch (error) {
    const message = (error as Error).message.slice(0, 1000);
    await runs.insert({ trigger, status: 'failed', startedAt: now, finishedAt: new Date(), fileName: null, sizeBytes: null, error: message }).catch(() => undefined);
    throw error;
  }
}

@Injectable()
export class BackupService {
  private readonly logger = new Logger('Backup');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async latest(status?: 'succeeded'): Promise<BackupRunEntity | null> {
    return this.dataSource.getRepository(BackupRunEntity).findOne({ where: status ? { status } : {}, order: { finishedAt: 'DESC', id: 'DESC' } });
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
    if (attempt?.status === 'failed' && now.getTime() - attempt.finishedAt.getTime() < Math.min(RETRY_AFTER_FAILURE_MS, intervalHours * 3_600_000)) return null;
    try {
      const result = await takeRecordedBackup(this.config, this.dataSource, 'scheduled', dir, now);
      const removed = pruneBackups(dir, keep);
      this.logger.log({ file: path.basename(result.file), sizeBytes: result.sizeBytes, removed: removed.length }, 'backup written');
      return result;
    } catch (error) {
      this.logger.error({ error: loggableError(error) }, 'scheduled backup failed');
      throw error;
    }
  }

  async status(now = new Date()): Promise<BackupStatus> {
    const [lastSucceeded, lastAttempt] = [await this.latest('succeeded'), await this.latest()];
    const { intervalHours, keep } = this.config.backup;
    const overdue = intervalHours > 0 && (!lastSucceeded || now.getTime() - lastSucceeded.finishedAt.getTime() > 2 * intervalHours * 3_600_000);
    return { intervalHours, keep, lastSucceeded: summary(lastSucceeded), lastAttempt: summary(lastAttempt), overdue };
  }
}
