import { Module } from '@nestjs/common';
import { EventBookingsPort } from './event-bookings.port';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/** Events and workshops. Imports no other feature module; the booking module connects to EventBookingsPort. */
@Module({
  controllers: [EventsController],
  providers: [EventsRepository, EventsService, EventBookingsPort],
  exports: [EventsRepository, EventsService, EventBookingsPort],
})
export class EventsModule {}
