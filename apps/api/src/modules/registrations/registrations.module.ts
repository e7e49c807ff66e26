import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { SeatsModule } from '../seats/seats.module';
import { PublicRegistrationsController } from './public-registrations.controller';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [EventsModule, SeatsModule],
  controllers: [PublicRegistrationsController, RegistrationsController],
  providers: [RegistrationsRepository, RegistrationsService],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
