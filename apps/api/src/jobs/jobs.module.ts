import { Module } from '@nestjs/common';
import { GrantsModule } from '../modules/grants/grants.module';
import { RegistrationsModule } from '../modules/registrations/registrations.module';
import { JobLock } from '../platform/database/job-lock.service';
import { ScheduledJobsService } from './scheduled-jobs.service';

@Module({ imports: [RegistrationsModule, GrantsModule], providers: [ScheduledJobsService, JobLock], exports: [ScheduledJobsService] })
export class JobsModule {}
