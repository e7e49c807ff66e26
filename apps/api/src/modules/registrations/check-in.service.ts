import { Injectable } from '@nestjs/common';
import type { CheckInCard } from '@wir/shared';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../../platform/audit/audit.service';
import { TransactionRunner } from '../../platform/database/transaction.runner';
import { DomainError } from '../../platform/errors/domain.error';
import { EventsRepository } from '../events/events.repository';
import { checkInCode } from '../seats/registration-mail.util';
import type { RegistrationEntity } from './registration.entity';
import { RegistrationsRepository } from './registrations.repository';

/** Check-in at the door: find a person by the QR code (or the typed code) and mark them present. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async lookup(code: string): Promise<CheckInCard> {
    const id = Number(code.split('-')[1]);
    const registration = await this.registrations.findById(id);
    // The code must match the registration's current one: an old or made-up code finds nobody.
    if (!registration || registration.anonymisedAt || checkInCode(registration) !== code) {
      throw new DomainError('not_found', 'No registration has this code.');
    }
    return this.card(registration, false);
  }

  /** `eventId`: the event this door admits to; a registration for another event is refused. */
  async checkIn(actor: Actor, id: number, eventId?: number): Promise<CheckInCard> {
    const result = await this.tx.run(async (m) => {
      const registration = await this.registrations.findById(id, m);
      if (!registration || registration.anonymisedAt) throw new DomainError('not_found', `Registration ${id} does not exist.`);
      if (eventId !== undefined && registration.eventId !== eventId) {
        throw new DomainError('wrong_event', 'This registration is for another event than the one at this door.');
      }
      if (registration.status !== 'confirmed') {
        throw registration.status === 'waitlisted'
          ? new DomainError('registration_waitlisted', 'This person is on the waiting list, not confirmed.')
          : new DomainError('registration_cancelled', 'This registration is cancelled.');
      }
      if (registration.checkedInAt) return { registration, already: true };
      registration.checkedInAt = new Date();
      await this.registrations.save(m, registration);
      await this.audit.record(m, actor, { action: 'update', entity: 'registration', entityId: id, before: { checkedInAt: null }, after: { checkedInAt: registration.checkedInAt } });
      return { registration, already: false };
    });
    return this.card(result.registration, result.already);
  }

  private async card(registration: RegistrationEntity, alreadyCheckedIn: boolean): Promise<CheckInCard> {
    const event = (await this.events.findById(registration.eventId))!;
    const workshops = new Map((await this.events.workshopsOf(event.id)).map((w) => [w.id, w]));
    const bookings = await this.registrations.bookingsOf([registration.id]);
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
          return { workshopId: w.id, title: w.title, startsAt: w.startsAt.toISOString(), room: w.room, status: b.status };
        }),
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      alreadyCheckedIn,
    };
  }
}
