import { Module } from '@nestjs/common';
import { GrantsModule } from '../modules/grants/grants.module';
import { RegistrationsModule } from '../modules/registrations/registrations.module';
import { ScheduledJobsService } from './scheduled-jobs.service';

@Module({ imports: [RegistrationsModule, GrantsModule], providers: [ScheduledJobsService], exports: [ScheduledJobsService] })
export class JobsModule {}
