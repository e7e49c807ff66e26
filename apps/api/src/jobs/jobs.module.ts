import { Global, Module } from '@nestjs/common';
import { platformJobs } from './platform-jobs';
import { ScheduledJobRegistry } from './scheduled-job.registry';
import { ScheduledJobsService } from './scheduled-jobs.service';

/** Runs the jobs the modules register (`registerScheduledJobs`); imports no module. */
@Global()
@Module({
  providers: [ScheduledJobRegistry, ScheduledJobsService, platformJobs],
  exports: [ScheduledJobRegistry, ScheduledJobsService],
})
export class JobsModule {}
