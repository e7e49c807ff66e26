import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Registration, RegistrationCreated, RegistrationFilter, RegistrationPage } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { DomainError } from '#api/platform/errors/domain.error';
import { EventsRepository } from '#api/modules/events/events.repository';
import { BookingError } from './booking.errors';
import { type NewRegistration, RegistrationChanges } from './registration-changes.service';
import type { RegistrationEntity } from './registration.entity';
import { toRegistration, toRegistrationView } from './registration.mapper';
import { registrationRules } from './registration-rules.util';
import { RegistrationsRepository } from './registrations.repository';
import { SeatsRepository } from './seats.repository';

/** What coordinators do with registrations: list, register on someone's behalf, cancel, move, promote. */
@Injectable()
export class StaffRegistrationsService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly seats: SeatsRepository,
    private readonly changes: RegistrationChanges,
    private readonly audit: AuditService,
  ) {}

  /** A page of an event's registrations, each with what `actor` may do with it (`allowedActions`). */
  async page(actor: Actor, eventId: number, query: RegistrationFilter): Promise<RegistrationPage> {
    const event = await this.events.findById(null, eventId);
    if (!event) throw new DomainError('not_found', `Event ${eventId} does not exist.`);
    const [rows, total] = await this.registrations.page(eventId, query);
    const bookings = await this.registrations.bookingsOf(
      null,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) => toRegistrationView(r, bookings, event, actor)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: Actor, id: number): Promise<Registration> {
    const registration = await this.registrations.findById(null, id);
    if (!registration) throw new DomainError('not_found', `Registration ${id} does not exist.`);
    const event = (await this.events.findById(null, registration.eventId))!;
    return toRegistrationView(registration, await this.registrations.bookingsOf(null, [id]), event, actor);
  }

  /** Staff registration (e.g. by phone): allowed for any event that is not archived. */
  async register(actor: Actor, eventId: number, input: NewRegistration): Promise<RegistrationCreated> {
    const event = await this.events.findById(null, eventId);
    if (!event) throw new DomainError('not_found', `Event ${eventId} does not exist.`);
    if (event.status === 'archived') throw new BookingError('event_archived', 'This event is archived.');
    return this.changes.register(event, input, 'staff', actor);
  }

  cancel(actor: Actor, id: number): Promise<Registration> {
    return this.staffChange(actor, id, 'cancel', async (m, r) => {
      if (registrationRules.cancelled(r))
        throw new BookingError('registration_cancelled', 'This registration is cancelled already.');
      await this.changes.cancelInTx(m, r);
    });
  }

  moveWorkshops(actor: Actor, id: number, workshopIds: number[]): Promise<Registration> {
    return this.staffChange(actor, id, 'move_workshops', (m, r) => this.changes.changeWorkshopsInTx(m, r, workshopIds));
  }

  /** Moves one person up by hand (ahead of the queue) when a seat is free. */
  promote(actor: Actor, id: number): Promise<Registration> {
    return this.staffChange(actor, id, 'promote', async (m, r) => {
      if (!registrationRules.waitlisted(r))
        throw new BookingError('registration_not_waitlisted', 'Only a waiting registration can be moved up.', {
          params: { status: r.status },
        });
      const noSeat = () =>
        new BookingError('no_free_seat', 'There is no free seat; raise the capacity or wait for a cancellation.');
      // The event row is locked (inEventTx): the seat rule read here holds for the guarded UPDATE that takes the seat.
      if (!registrationRules.seatFree((await this.events.findById(m, r.eventId))!)) throw noSeat();
      if (!(await this.seats.takeEventSeat(m, r.eventId))) throw noSeat();
      await this.seats.setRegistrationStatus(m, r.id, 'confirmed');
      for (const booking of await this.seats.bookingsOf(m, r.id)) {
        if (booking.status === 'waitlisted' && (await this.seats.takeWorkshopSeat(m, booking.workshopId)))
          await this.seats.setBookingStatus(m, booking.id, 'confirmed');
      }
      const event = (await this.events.findById(m, r.eventId))!;
      await this.changes.mail(
        m,
        'registration_moved_up',
        r,
        event,
        await this.seats.workshopsInLockOrder(m, event.id),
        null,
      );
    });
  }

  private async staffChange(
    actor: Actor,
    id: number,
    what: string,
    work: (m: EntityManager, r: RegistrationEntity) => Promise<void>,
  ): Promise<Registration> {
    const registration = await this.registrations.findById(null, id);
    if (!registration) throw new DomainError('not_found', `Registration ${id} does not exist.`);
    await this.changes.inEventTx(registration, async (m, fresh) => {
      if (registrationRules.anonymised(fresh))
        throw new BookingError(
          'registration_anonymised',
          "This registration's personal data is erased; it is not changed.",
        );
      const before = toRegistration(fresh, await this.seats.bookingsOf(m, id));
      await work(m, fresh);
      const after = toRegistration((await this.seats.findRegistration(m, id))!, await this.seats.bookingsOf(m, id));
      // Only statuses and workshop places in the audit log: the personal data has its own retention.
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'registration',
        entityId: id,
        before: { status: before.status, workshops: before.workshops, change: what },
        after: { status: after.status, workshops: after.workshops },
      });
    });
    return this.get(actor, id);
  }
}
