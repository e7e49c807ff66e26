import { Module } from '@nestjs/common';
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
  providers: [RegistrationsRepository, RegistrationsService, CheckInService, RetentionService, ReminderService, RegistrationEraser],
  exports: [RegistrationsService, RetentionService, ReminderService],
})
export class RegistrationsModule {}
