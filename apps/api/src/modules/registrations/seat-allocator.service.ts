import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { EventsRepository } from '#api/modules/events/events.repository';
import { registrationMailSubject } from './mail/registration-mail-subject.util';
import { registrationMailPayload } from './mail/registration-mail.util';
import { SeatsRepository } from './seats.repository';

/**
 * Moves people up from the waiting lists whenever seats are free: after a cancellation, a change
 * of workshops or a larger capacity. First come, first served; each person moved up gets a mail.
 * Runs inside the caller's transaction, after it locked the event.
 */
@Injectable()
export class SeatAllocator {
  constructor(
    private readonly seats: SeatsRepository,
    private readonly events: EventsRepository,
    private readonly outbox: OutboxService,
  ) {}

  async fillFreeSeats(m: EntityManager, eventId: number): Promise<number[]> {
    const movedUp = new Set<number>();
    for (;;) {
      const next = await this.seats.firstWaitingRegistration(m, eventId);
      if (!next || !(await this.seats.takeEventSeat(m, eventId))) break;
      await this.seats.setRegistrationStatus(m, next.id, 'confirmed');
      movedUp.add(next.id);
    }
    const workshops = await this.seats.workshopsInLockOrder(m, eventId);
    for (const workshop of workshops) {
      for (;;) {
        const booking = await this.seats.firstWaitingBooking(m, workshop.id);
        if (!booking || !(await this.seats.takeWorkshopSeat(m, workshop.id))) break;
        await this.seats.setBookingStatus(m, booking.id, 'confirmed');
        movedUp.add(booking.registrationId);
      }
    }
    if (movedUp.size > 0) {
      const event = (await this.events.findById(m, eventId))!;
      for (const id of movedUp) {
        const registration = (await this.seats.findRegistration(m, id))!;
        const bookings = await this.seats.bookingsOf(m, id);
        await this.outbox.enqueue(m, {
          kind: 'registration_moved_up',
          to: registration.email,
          language: registration.language,
          subject: registrationMailSubject(id),
          payload: registrationMailPayload(registration, event, workshops, bookings, { waitlistPosition: null }),
        });
      }
    }
    return [...movedUp];
  }
}
