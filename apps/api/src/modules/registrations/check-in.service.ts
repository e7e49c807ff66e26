import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CheckInCard } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { EventsRepository } from '#api/modules/events/events.repository';
import { checkInCode, validCheckInCodes } from './mail/registration-mail.util';
import { SeatsRepository } from './seats.repository';
import { BookingError } from './booking.errors';
import type { RegistrationEntity } from './registration.entity';
import { RegistrationsRepository } from './registrations.repository';

const MAX_ID = 2_147_483_647;

/**
 * Check-in at the door: find a person by the QR code (or the typed code) and mark them present.
 * Both need the code; an id alone finds nobody, so the door cannot walk through registrations.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly seats: SeatsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async lookup(code: string): Promise<CheckInCard> {
    return this.card(await this.byCode(null, code), false);
  }

  /** `eventId`: the event this door admits to; a registration for another event is refused. */
  async checkIn(actor: Actor, code: string, eventId: number): Promise<CheckInCard> {
    const result = await this.tx.run(async (m) => {
      const registration = await this.admitted(m, code, eventId);
      return this.markEvent(m, actor, registration);
    });
    return this.card(result.registration, result.already);
  }

  /**
   * Check-in at a workshop of the door's event (the door, or the workshop's room): the same code and
   * rules as at the event, and only a confirmed place in that workshop. Someone checked in at a
   * workshop is at the event, so the event check-in is made too when it is missing.
   */
  async checkInWorkshop(actor: Actor, code: string, eventId: number, workshopId: number): Promise<CheckInCard> {
    const result = await this.tx.run(async (m) => {
      if (!(await this.seats.workshopsInLockOrder(m, eventId)).some((w) => w.id === workshopId)) {
        throw new DomainError('validation_failed', `Workshop ${workshopId} is not a workshop of event ${eventId}.`, {
          errors: [{ path: 'workshopId', message: 'is not a workshop of this event' }],
        });
      }
      const registration = await this.admitted(m, code, eventId);
      const booking = await this.seats.findBooking(m, registration.id, workshopId);
      if (booking?.status !== 'confirmed') {
        throw booking?.status === 'waitlisted'
          ? new BookingError(
              'workshop_waitlisted',
              'This person is on the waiting list of this workshop, not confirmed.',
            )
          : new BookingError('workshop_not_booked', 'This person has no place in this workshop.');
      }
      const { registration: admitted } = await this.markEvent(m, actor, registration);
      if (booking.checkedInAt) return { registration: admitted, already: true };
      const checkedInAt = new Date();
      if (!(await this.seats.markBookingCheckedIn(m, registration.id, workshopId, checkedInAt))) {
        // Marked, or cancelled, by someone else in the meantime.
        const now = await this.seats.findBooking(m, registration.id, workshopId);
        if (now?.status !== 'confirmed')
          throw new BookingError('workshop_not_booked', 'This person has no place in this workshop.');
        return { registration: admitted, already: true };
      }
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'registration_workshop',
        entityId: booking.id,
        before: { checkedInAt: null },
        after: { registrationId: registration.id, workshopId, checkedInAt },
      });
      return { registration: admitted, already: false };
    });
    return this.card(result.registration, result.already);
  }

  /** The door's rules: the code's registration, of this event, confirmed; a resent code's first use retires the old one. */
  private async admitted(m: EntityManager, code: string, eventId: number): Promise<RegistrationEntity> {
    const registration = await this.byCode(m, code);
    if (registration.eventId !== eventId) {
      throw new BookingError('wrong_event', 'This registration is for another event than the one at this door.');
    }
    if (registration.status !== 'confirmed') {
      throw registration.status === 'waitlisted'
        ? new BookingError('registration_waitlisted', 'This person is on the waiting list, not confirmed.')
        : new BookingError('registration_cancelled', 'This registration is cancelled.');
    }
    // The QR code of a resent link, used for the first time: it retires the old link and code.
    const pending = registration.pendingManageTokenHash;
    if (pending && checkInCode(registration, pending) === code) {
      await this.registrations.promotePendingToken(m, registration.id, pending);
    }
    return registration;
  }

  /** Marks the event check-in once (audited); `already` when it was there before. */
  private async markEvent(
    m: EntityManager,
    actor: Actor,
    registration: RegistrationEntity,
  ): Promise<{ registration: RegistrationEntity; already: boolean }> {
    if (registration.checkedInAt) return { registration, already: true };
    const checkedInAt = new Date();
    if (!(await this.registrations.markCheckedIn(m, registration.id, checkedInAt))) {
      return { registration: (await this.registrations.findById(m, registration.id))!, already: true };
    }
    registration.checkedInAt = checkedInAt;
    await this.audit.record(m, actor, {
      action: 'update',
      entity: 'registration',
      entityId: registration.id,
      before: { checkedInAt: null },
      after: { checkedInAt },
    });
    return { registration, already: false };
  }

  /** The registration whose current code (or a resent one not used yet) this is. */
  private async byCode(m: EntityManager | null, code: string): Promise<RegistrationEntity> {
    const id = Number(code.split('-')[1]);
    const registration = id <= MAX_ID ? await this.registrations.findById(m, id) : null;
    // An old, made-up or guessed code finds nobody.
    if (!registration || registration.anonymisedAt || !validCheckInCodes(registration).includes(code)) {
      throw new DomainError('not_found', 'No registration has this code.');
    }
    return registration;
  }

  private async card(registration: RegistrationEntity, alreadyCheckedIn: boolean): Promise<CheckInCard> {
    const event = (await this.events.findById(null, registration.eventId))!;
    const workshops = new Map((await this.events.workshopsOf(null, event.id)).map((w) => [w.id, w]));
    const bookings = await this.registrations.bookingsOf(null, [registration.id]);
    return {
      registrationId: registration.id,
      eventId: event.id,
      eventTitle: event.title,
      firstName: registration.firstName,
      lastName: registration.lastName,
      organisationName: registration.organisationName,
      status: registration.status,
      workshops: bookings
        .filter((b) => b.status !== 'cancelled' && workshops.has(b.workshopId))
        .map((b) => {
          const w = workshops.get(b.workshopId)!;
          return {
            workshopId: w.id,
            title: w.title,
            startsAt: w.startsAt.toISOString(),
            room: w.room,
            status: b.status,
            checkedInAt: b.checkedInAt?.toISOString() ?? null,
          };
        }),
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      alreadyCheckedIn,
    };
  }
}
