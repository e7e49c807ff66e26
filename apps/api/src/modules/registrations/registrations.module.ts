import { Module } from '@nestjs/common';
import { registerScheduledJobs } from '#api/jobs/scheduled-job.registry';
import { registerMailKinds } from '#api/platform/mail/mail-kind.registry';
import { EventBookingsPort } from '#api/modules/events/event-bookings.port';
import { EventsModule } from '#api/modules/events/events.module';
import { BookingFiguresRepository } from './booking-figures.repository';
import { BookingRepository } from './booking.repository';
import { CheckInController } from './check-in.controller';
import { CheckInService } from './check-in.service';
import { EventStatsController } from './event-stats.controller';
import { EventStatsService } from './event-stats.service';
import { registrationMailKinds } from './mail/registration-mail-kinds';
import { OwnRegistrationService } from './own-registration.service';
import { PublicRegistrationsController } from './public-registrations.controller';
import { PublicRegistrationsService } from './public-registrations.service';
import { RegistrationChanges } from './registration-changes.service';
import { RegistrationErasureService } from './registration-erasure.service';
import { RegistrationEraser } from './registration-eraser.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsRepository } from './registrations.repository';
import { ReminderService } from './reminder.service';
import { RetentionService } from './retention.service';
import { SeatAllocator } from './seat-allocator.service';
import { SeatsRepository } from './seats.repository';
import { StaffRegistrationsService } from './staff-registrations.service';

/**
 * The booking: registrations and their workshop places, the seat counters and waiting lists, the
 * participant mails, check-in, reminders, retention and erasure. Imports events (never the reverse:
 * it plugs itself into EventBookingsPort).
 */
@Module({
  imports: [EventsModule],
  controllers: [PublicRegistrationsController, RegistrationsController, CheckInController, EventStatsController],
  providers: [
    registerMailKinds(...registrationMailKinds),
    registerScheduledJobs(
      [ReminderService, RetentionService],
      (reminders: ReminderService, retention: RetentionService) => [
        { name: 'reminders', run: (now) => reminders.enqueueDue(now) },
        { name: 'retention', run: (now) => retention.anonymiseExpired(now) },
      ],
    ),
    {
      provide: Symbol('event bookings'),
      inject: [EventBookingsPort, BookingFiguresRepository, SeatAllocator],
      useFactory: (port: EventBookingsPort, figures: BookingFiguresRepository, allocator: SeatAllocator) =>
        port.connect({
          waitlistedByEvent: (m, eventIds) => figures.waitlistedByEvent(m, eventIds),
          waitlistedByWorkshop: (m, workshopIds) => figures.waitlistedByWorkshop(m, workshopIds),
          seatsAdded: async (m, eventId) => void (await allocator.fillFreeSeats(m, eventId)),
        }),
    },
    RegistrationsRepository,
    SeatsRepository,
    BookingRepository,
    BookingFiguresRepository,
    SeatAllocator,
    RegistrationChanges,
    PublicRegistrationsService,
    OwnRegistrationService,
    StaffRegistrationsService,
    RegistrationErasureService,
    CheckInService,
    EventStatsService,
    RetentionService,
    ReminderService,
    RegistrationEraser,
  ],
})
export class RegistrationsModule {}
