import { Injectable } from '@nestjs/common';
import type { PublicEvent, RegistrationCreated } from '@wir/shared';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { EventsRepository } from '#api/modules/events/events.repository';
import { BookingError } from './booking.errors';
import { registrationWindow } from './booking-rules';
import { registrationMailSubject } from './mail/registration-mail-subject.util';
import { type NewRegistration, RegistrationChanges } from './registration-changes.service';
import { toPublicEvent } from './registration.mapper';
import { RegistrationsRepository } from './registrations.repository';
import { SeatsRepository } from './seats.repository';

const WINDOW_MESSAGES = {
  not_published: 'This event is not open for registration.',
  not_yet_open: 'Registration for this event has not opened yet.',
  closed: 'Registration for this event has closed.',
} as const;

/** Resent-link mails per registration in any 24 hours: someone who knows an address cannot flood it. */
export const LINK_RESENDS_PER_DAY = 3;
const DAY_MS = 86_400_000;

/** What anyone may do without an account: read the published events, register, ask for the manage link again. */
@Injectable()
export class PublicRegistrationsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly seats: SeatsRepository,
    private readonly changes: RegistrationChanges,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
  ) {}

  async publicEvents(): Promise<Omit<PublicEvent, 'workshops' | 'questions' | 'municipalities'>[]> {
    return (await this.events.listPublished()).map((e) => {
      const { workshops: _w, questions: _q, municipalities: _m, ...rest } = toPublicEvent(e, [], []);
      return rest;
    });
  }

  async publicEvent(slug: string): Promise<PublicEvent> {
    const event = await this.events.findBySlug(null, slug);
    if (!event || event.status !== 'published')
      throw new DomainError('not_found', 'There is no published event at this address.');
    return toPublicEvent(event, await this.events.workshopsOf(null, event.id), await this.events.municipalityNames());
  }

  /** Public form: only within the registration window of a published event. */
  async register(slug: string, input: NewRegistration, now = new Date()): Promise<RegistrationCreated> {
    const event = await this.events.findBySlug(null, slug);
    if (!event) throw new DomainError('not_found', 'There is no event at this address.');
    const state = registrationWindow(event, now);
    if (state !== 'open')
      throw new BookingError('registration_closed', WINDOW_MESSAGES[state], { params: { window: state } });
    return this.changes.register(event, input, 'public', null);
  }

  /**
   * Mails a fresh manage link and QR code; says nothing about whether the address is registered.
   * The link and QR code the person has keep working until the new ones are first used (so a
   * stranger who knows the address cannot cut them off), and at most LINK_RESENDS_PER_DAY such
   * mails go out per registration in 24 hours (counted under the event's lock).
   */
  async resendLink(slug: string, email: string, now = new Date()): Promise<void> {
    const event = await this.events.findBySlug(null, slug);
    if (!event) return;
    const token = newSecretToken();
    await this.tx.run(async (m) => {
      await this.events.lockEvent(m, event.id);
      const registration = await this.registrations.findLiveByEmail(m, event.id, email.toLowerCase());
      if (!registration || registration.anonymisedAt) return;
      if (
        (await this.outbox.countLinkResendsSince(
          m,
          registrationMailSubject(registration.id),
          new Date(now.getTime() - DAY_MS),
        )) >= LINK_RESENDS_PER_DAY
      )
        return;
      registration.pendingManageTokenHash = hashToken(token);
      await this.registrations.save(m, registration);
      const kind = registration.status === 'confirmed' ? 'registration_confirmed' : 'registration_waitlisted';
      await this.changes.mail(m, kind, registration, event, await this.seats.workshopsInLockOrder(m, event.id), token, {
        tokenHash: registration.pendingManageTokenHash,
      });
    });
  }
}
