import { Module } from '@nestjs/common';
import { registerScheduledJobs } from '../../jobs/scheduled-job.registry';
import { registerMailKinds } from '../../platform/mail/mail-kind.registry';
import { registrationMailKinds } from './mail/registration-mail-kinds';
import { EventsModule } from '../events/events.module';
import { SeatsModule } from '../seats/seats.module';
import { CheckInController } from './check-in.controller';
import { CheckInService } from './check-in.service';
import { PublicRegistrationsController } from './public-registrations.controller';
import { RegistrationEraser } from './registration-eraser.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { ReminderService } from './reminder.service';
import { RetentionService } from './retention.service';

@Module({
  imports: [EventsModule, SeatsModule],
  controllers: [PublicRegistrationsController, RegistrationsController, CheckInController],
  providers: [
    registerMailKinds(...registrationMailKinds),
    registerScheduledJobs([ReminderService, RetentionService], (reminders: ReminderService, retention: RetentionService) => [
      { name: 'reminders', run: (now) => reminders.enqueueDue(now) },
      { name: 'retention', run: (now) => retention.anonymiseExpired(now) },
    ]),
    RegistrationsRepository,
    RegistrationsService,
    CheckInService,
    RetentionService,
    ReminderService,
    RegistrationEraser,
  ],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
