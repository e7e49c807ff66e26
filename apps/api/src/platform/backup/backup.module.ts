import { Module } from '@nestjs/common';
import { registerScheduledJobs } from '#api/jobs/scheduled-job.registry';
import { BackupService } from './backup.service';
import { SystemController } from './system.controller';

/**
 * Backups (scheduled job, "back up now"), the system page and the district's data export.
 * `npm run backup` / `npm run restore` use the same functions without Nest (apps/api/src/cli).
 */
@Module({
  controllers: [SystemController],
  providers: [
    BackupService,
    registerScheduledJobs([BackupService], (backups: BackupService) => [
      { name: 'backup', run: (now) => backups.runScheduled(now) },
    ]),
  ],
  exports: [BackupService],
})
export class BackupModule {}
