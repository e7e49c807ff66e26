import { Injectable } from '@nestjs/common';
import type { ManageRegistration } from '@wir/shared';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { hashToken } from '#api/platform/security/secret-token.util';
import { EventsRepository } from '#api/modules/events/events.repository';
import { registrationMailSubject } from './mail/registration-mail-subject.util';
import { RegistrationChanges } from './registration-changes.service';
import type { RegistrationEntity } from './registration.entity';
import { toPublicEvent, toRegistration } from './registration.mapper';
import { RegistrationsRepository } from './registrations.repository';
import { SeatsRepository } from './seats.repository';

/** What the participant does with their manage link (the token is the only credential). */
@Injectable()
export class OwnRegistrationService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly seats: SeatsRepository,
    private readonly changes: RegistrationChanges,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
  ) {}

  async manage(token: string): Promise<ManageRegistration> {
    return this.manageView(await this.byToken(token));
  }

  async change(token: string, workshopIds: number[]): Promise<ManageRegistration> {
    const registration = await this.byToken(token);
    await this.changes.inEventTx(registration, (m, fresh) =>
      this.changes.changeWorkshopsInTx(m, fresh, workshopIds, true),
    );
    return this.manageView((await this.registrations.findById(null, registration.id))!);
  }

  async cancel(token: string): Promise<ManageRegistration> {
    const registration = await this.byToken(token);
    await this.changes.inEventTx(registration, (m, fresh) => this.changes.cancelInTx(m, fresh));
    return this.manageView((await this.registrations.findById(null, registration.id))!);
  }

  /** Art. 15 DSGVO: everything held about the person. */
  async export(token: string): Promise<Record<string, unknown>> {
    const registration = await this.byToken(token);
    const view = await this.manageView(registration);
    const mails = await this.outbox.mailsOf(null, registrationMailSubject(registration.id));
    const { event, ...personal } = view;
    return {
      exportedAt: new Date().toISOString(),
      controller: 'Kreis Offenbach, Integrationsbüro',
      registration: {
        ...personal,
        consentGivenAt: registration.consentGivenAt.toISOString(),
        cancelledAt: registration.cancelledAt?.toISOString() ?? null,
        checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      },
      event: { title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, venue: event.venue },
      retention: `Personal data is anonymised ${(await this.events.findById(null, registration.eventId))!.retentionDays} days after the event ends.`,
      mails: mails.map((x) => ({
        kind: x.kind,
        createdAt: x.createdAt.toISOString(),
        sentAt: x.sentAt?.toISOString() ?? null,
        status: x.status,
      })),
    };
  }

  /** The registration behind a manage link; the first use of a resent link retires the old one. */
  private async byToken(token: string): Promise<RegistrationEntity> {
    const hash = hashToken(token);
    const registration = await this.registrations.findByTokenHash(null, hash);
    if (!registration || registration.anonymisedAt)
      throw new DomainError('not_found', 'This link is not valid (any more).');
    if (registration.pendingManageTokenHash === hash) {
      await this.tx.run((m) => this.registrations.promotePendingToken(m, registration.id, hash));
      registration.manageTokenHash = hash;
      registration.pendingManageTokenHash = null;
    }
    return registration;
  }

  private async manageView(registration: RegistrationEntity): Promise<ManageRegistration> {
    const event = (await this.events.findById(null, registration.eventId))!;
    const workshops = await this.events.workshopsOf(null, event.id);
    const bookings = await this.registrations.bookingsOf(null, [registration.id]);
    const position = await this.seats.waitlistPosition(null, registration);
    const dto = toRegistration(registration, bookings);
    return {
      id: dto.id,
      status: dto.status,
      waitlistPosition: position,
      firstName: dto.firstName,
      lastName: dto.lastName,
      email: dto.email,
      organisationName: dto.organisationName,
      organisationType: dto.organisationType,
      municipalityId: dto.municipalityId,
      language: dto.language,
      accessibilityNeeds: dto.accessibilityNeeds,
      interpretingLanguage: dto.interpretingLanguage,
      answers: dto.answers,
      consent: { dataProcessing: true, participantList: dto.consentParticipantList },
      workshops: dto.workshops,
      createdAt: dto.createdAt,
      event: toPublicEvent(event, workshops, await this.events.municipalityNames()),
    };
  }
}
