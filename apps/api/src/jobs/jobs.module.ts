import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../modules/registrations/registrations.module';
import { ScheduledJobsService } from './scheduled-jobs.service';

@Module({ imports: [RegistrationsModule], providers: [ScheduledJobsService], exports: [ScheduledJobsService] })
export class JobsModule {}
