import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ManageRegistration, PublicEvent, Registration, RegistrationCreated, RegistrationFilter, RegistrationPage } from '@wir/shared';
import { createRegistrationSchema } from '@wir/shared';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../../platform/audit/audit.service';
import { APP_CONFIG } from '../../platform/config/app-config.token';
import type { AppConfig } from '../../platform/config/app-config';
import { TransactionRunner } from '../../platform/database/transaction.runner';
import { hashToken, newSecretToken } from '../../platform/security/secret-token.util';
import { DomainError, FieldError } from '../../platform/errors/domain.error';
import { OutboxService } from '../../platform/mail/outbox.service';
import type { EventEntity } from '../events/event.entity';
import { EventsRepository } from '../events/events.repository';
import type { WorkshopEntity } from '../events/workshop.entity';
import { manageUrl, registrationMailPayload } from './mail/registration-mail.util';
import type { RegistrationMailKind } from './mail/registration-mail-parts';
import { SeatAllocator } from '../seats/seat-allocator.service';
import { SeatsRepository } from '../seats/seats.repository';
import { toPublicEvent, toRegistration } from './registration.mapper';
import type { RegistrationEntity } from './registration.entity';
import type { RegistrationWorkshopEntity } from './registration-workshop.entity';
import { isUniqueViolation } from '../../platform/database/unique-violation.util';
import { answerErrors, clashErrors, registrationWindow } from './registration-rules.util';
import { RegistrationEraser } from './registration-eraser.service';
import { RegistrationsRepository } from './registrations.repository';

type NewRegistration = ReturnType<typeof createRegistrationSchema.parse>;

const WINDOW_MESSAGES = {
  not_published: 'This event is not open for registration.',
  not_yet_open: 'Registration for this event has not opened yet.',
  closed: 'Registration for this event has closed.',
} as const;

/** Seat changes of one event wait for each other in this process (see TransactionRunner). */
const eventQueueKey = (eventId: number) => `event:${eventId}`;

/** Resent-link mails per registration in any 24 hours: someone who knows an address cannot flood it. */
export const LINK_RESENDS_PER_DAY = 3;
const DAY_MS = 86_400_000;

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly eraser: RegistrationEraser,
    private readonly events: EventsRepository,
    private readonly seats: SeatsRepository,
    private readonly allocator: SeatAllocator,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- public: events -------------------------------------------------------------------------

  async publicEvents(): Promise<Omit<PublicEvent, 'workshops' | 'questions' | 'municipalities'>[]> {
    return (await this.events.listPublished()).map((e) => {
      const { workshops: _w, questions: _q, municipalities: _m, ...rest } = toPublicEvent(e, [], []);
      return rest;
    });
  }

  async publicEvent(slug: string): Promise<PublicEvent> {
    const event = await this.events.findBySlug(slug);
    if (!event || event.status !== 'published') throw new DomainError('not_found', 'There is no published event at this address.');
    return toPublicEvent(event, await this.events.workshopsOf(event.id), await this.events.municipalityNames());
  }

  // ---- registering ------------------------------------------------------------------------------

  /** Public form: only within the registration window of a published event. */
  async registerPublic(slug: string, input: NewRegistration, now = new Date()): Promise<RegistrationCreated> {
    const event = await this.events.findBySlug(slug);
    if (!event) throw new DomainError('not_found', 'There is no event at this address.');
    const state = registrationWindow(event, now);
    if (state !== 'open') throw new DomainError('registration_closed', WINDOW_MESSAGES[state]);
    return this.register(event, input, 'public', null);
  }

  /** Staff registration (e.g. by phone): allowed for any event that is not archived. */
  async registerByStaff(actor: Actor, eventId: number, input: NewRegistration): Promise<RegistrationCreated> {
    const event = await this.events.findById(eventId);
    if (!event) throw new DomainError('not_found', `Event ${eventId} does not exist.`);
    if (event.status === 'archived') throw new DomainError('conflict', 'This event is archived.');
    return this.register(event, input, 'staff', actor);
  }

  private async register(event: EventEntity, input: NewRegistration, source: 'public' | 'staff', actor: Actor | null): Promise<RegistrationCreated> {
    const workshops = await this.events.workshopsOf(event.id);
    await this.assertValid(event, workshops, input.workshopIds, input.answers ?? {}, input.municipalityId ?? null);
    const token = newSecretToken();
    const alreadyRegistered = () =>
      new DomainError('already_registered', 'This e-mail address is registered for this event already. We can send the link to manage the registration again.', {
        errors: [{ path: 'email', message: 'is registered already' }],
      });
    const now = new Date();
    const row = {
      eventId: event.id,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      organisationName: input.organisationName,
      organisationType: input.organisationType,
      municipalityId: input.municipalityId ?? null,
      language: input.language,
      accessibilityNeeds: input.accessibilityNeeds ?? '',
      interpretingLanguage: input.interpretingLanguage ?? '',
      answers: input.answers ?? {},
      consentParticipantList: input.consent.participantList ?? false,
      consentGivenAt: now,
      manageTokenHash: hashToken(token),
      pendingManageTokenHash: null,
      source,
      createdAt: now,
      cancelledAt: null,
      checkedInAt: null,
      anonymisedAt: null,
    };
    const workshopIds = [...input.workshopIds].sort((a, b) => a - b);
    // Kept short on purpose: the guarded seat UPDATE locks the event row until commit, so this
    // transaction is the queue every registration for the event passes through.
    const result = await this.tx
      .run(async (m) => {
        const { registration, bookings } = this.tx.isSqlite
          ? await this.bookStepByStep(m, row, workshopIds, alreadyRegistered)
          : await this.registrations.bookInOneStatement(m, row, workshopIds);
        const confirmed = registration.status === 'confirmed';
        const waitlistPosition = confirmed ? null : await this.seats.waitlistPosition(registration, m);
        await this.outbox.enqueue(m, {
          kind: confirmed ? 'registration_confirmed' : 'registration_waitlisted',
          to: registration.email,
          language: registration.language,
          registrationId: registration.id,
          payload: registrationMailPayload(registration, event, workshops, bookings, { waitlistPosition, manageUrl: manageUrl(this.config.publicBaseUrl, token, registration.language) }),
        });
        if (actor) await this.audit.record(m, actor, { action: 'create', entity: 'registration', entityId: registration.id, after: { eventId: event.id, status: registration.status, source } });
        return { id: registration.id, status: registration.status, workshops: bookings.map((b) => ({ workshopId: b.workshopId, status: b.status })), manageToken: token };
        // No in-process queue here: on PostgreSQL the one-statement booking holds the row lock so
        // briefly that PostgreSQL's own lock hand-over is faster (measured, docs/benchmarks.md).
      })
      .catch((error: unknown) => {
        // Two requests with one e-mail at the same moment: the partial unique index stops the second.
        if (isUniqueViolation(error)) throw alreadyRegistered();
        throw error;
      });
    return result;
  }

  /** The booking one statement at a time (SQLite; the rules of RegistrationsRepository.bookInOneStatement). */
  private async bookStepByStep(m: EntityManager, row: Omit<RegistrationEntity, 'id' | 'status' | 'event' | 'municipality'>, workshopIds: number[], alreadyRegistered: () => DomainError) {
    if (await this.registrations.hasLiveRegistration(m, row.eventId, row.email)) throw alreadyRegistered();
    const confirmed = await this.seats.takeEventSeat(m, row.eventId);
    const registration = await this.registrations.insert(m, { ...row, status: confirmed ? 'confirmed' : 'waitlisted' });
    // Workshops in id order, after the event row: every transaction takes its locks in the same order.
    const bookings: RegistrationWorkshopEntity[] = [];
    for (const workshopId of workshopIds) {
      const seat = confirmed && (await this.seats.takeWorkshopSeat(m, workshopId));
      bookings.push(await this.registrations.insertBooking(m, registration.id, workshopId, seat ? 'confirmed' : 'waitlisted'));
    }
    return { registration, bookings };
  }

  private async assertValid(event: EventEntity, workshops: WorkshopEntity[], workshopIds: number[], answers: Record<string, string | boolean>, municipalityId: number | null) {
    const byId = new Map(workshops.map((w) => [w.id, w]));
    const errors: FieldError[] = [];
    const unknown = workshopIds.filter((id) => !byId.has(id));
    if (unknown.length) errors.push({ path: 'workshopIds', message: `workshops ${unknown.join(', ')} do not belong to this event` });
    else errors.push(...clashErrors(workshopIds.map((id) => byId.get(id)!)));
    errors.push(...answerErrors(event.questions, answers));
    if (municipalityId !== null && !(await this.registrations.municipalityExists(municipalityId))) {
      errors.push({ path: 'municipalityId', message: 'does not exist' });
    }
    if (errors.length) throw new DomainError('validation_failed', `Invalid registration: ${errors.map((e) => e.path).join(', ')}`, { errors });
  }

  /**
   * Mails the participant; the manage link (sealed in the outbox) only when this change knows the
   * token. A resent link is marked `linkResend`, and its QR code is made of the new token's hash.
   */
  private async mail(
    m: EntityManager,
    kind: RegistrationMailKind,
    registration: RegistrationEntity,
    event: EventEntity,
    workshops: WorkshopEntity[],
    token: string | null,
    resend: { tokenHash: string } | null = null,
  ) {
    const fresh = (await this.seats.findRegistration(m, registration.id))!;
    const bookings = await this.seats.bookingsOf(m, registration.id);
    const waitlistPosition = await this.seats.waitlistPosition(fresh, m);
    await this.outbox.enqueue(m, {
      kind,
      to: fresh.email,
      language: fresh.language,
      registrationId: fresh.id,
      payload: registrationMailPayload(fresh, event, workshops, bookings, {
        waitlistPosition,
        tokenHash: resend?.tokenHash,
        manageUrl: token ? manageUrl(this.config.publicBaseUrl, token, fresh.language) : null,
      }),
      linkResend: resend !== null,
    });
  }

  // ---- changes (participant via manage link, or staff) -----------------------------------------

  /** Cancels and gives the seats to the next people waiting. */
  private async cancelInTx(m: EntityManager, registration: RegistrationEntity, notify = true): Promise<void> {
    if (registration.status === 'cancelled') return;
    const event = (await this.seats.findEvent(m, registration.eventId))!;
    const wasConfirmed = registration.status === 'confirmed';
    registration.status = 'cancelled';
    registration.cancelledAt = new Date();
    await this.registrations.save(m, registration);
    if (wasConfirmed) await this.seats.releaseEventSeat(m, registration.eventId);
    for (const booking of await this.seats.bookingsOf(m, registration.id)) {
      if (booking.status === 'confirmed') await this.seats.releaseWorkshopSeat(m, booking.workshopId);
    }
    await this.registrations.cancelBookings(m, registration.id);
    if (notify) await this.mail(m, 'registration_cancelled', registration, event, await this.seats.workshopsOf(m, event.id), null);
    await this.allocator.fillFreeSeats(m, registration.eventId);
  }

  /**
   * Replaces the workshop choice; places kept stay, new ones are subject to capacity. `byParticipant`:
   * through the manage link, which adds workshops only while registration is open (dropping one works).
   */
  private async changeWorkshopsInTx(m: EntityManager, registration: RegistrationEntity, workshopIds: number[], byParticipant = false): Promise<void> {
    if (registration.status === 'cancelled') throw new DomainError('conflict', 'This registration is cancelled.');
    const event = (await this.seats.findEvent(m, registration.eventId))!;
    const workshops = await this.seats.workshopsOf(m, event.id);
    await this.assertValid(event, workshops, workshopIds, {}, null);
    const wanted = new Set(workshopIds);
    const current = await this.seats.bookingsOf(m, registration.id);
    if (byParticipant && registrationWindow(event, new Date()) !== 'open') {
      const held = new Set(current.filter((b) => b.status !== 'cancelled').map((b) => b.workshopId));
      const added = workshopIds.filter((id) => !held.has(id));
      if (added.length > 0) {
        throw new DomainError('registration_closed', 'Registration has closed: workshops can no longer be added (dropping one or cancelling still works).', {
          errors: [{ path: 'workshopIds', message: `workshops ${added.join(', ')} can no longer be added` }],
        });
      }
    }
    for (const booking of current) {
      if (wanted.has(booking.workshopId) && booking.status !== 'cancelled') continue;
      if (booking.status === 'confirmed') await this.seats.releaseWorkshopSeat(m, booking.workshopId);
      await this.registrations.deleteBooking(m, booking.id);
    }
    const kept = new Set(current.filter((b) => wanted.has(b.workshopId) && b.status !== 'cancelled').map((b) => b.workshopId));
    for (const workshopId of [...wanted].filter((id) => !kept.has(id)).sort((a, b) => a - b)) {
      const seat = registration.status === 'confirmed' && (await this.seats.takeWorkshopSeat(m, workshopId));
      await this.registrations.insertBooking(m, registration.id, workshopId, seat ? 'confirmed' : 'waitlisted');
    }
    await this.allocator.fillFreeSeats(m, event.id);
    await this.mail(m, 'registration_changed', registration, event, workshops, null);
  }

  /** The registration behind a manage link; the first use of a resent link retires the old one. */
  private async byToken(token: string): Promise<RegistrationEntity> {
    const hash = hashToken(token);
    const registration = await this.registrations.findByTokenHash(hash);
    if (!registration || registration.anonymisedAt) throw new DomainError('not_found', 'This link is not valid (any more).');
    if (registration.pendingManageTokenHash === hash) {
      await this.tx.run((m) => this.registrations.promotePendingToken(m, registration.id, hash));
      registration.manageTokenHash = hash;
      registration.pendingManageTokenHash = null;
    }
    return registration;
  }

  private async inEventTx<T>(registration: RegistrationEntity, work: (m: EntityManager, fresh: RegistrationEntity) => Promise<T>): Promise<T> {
    return this.tx.run(
      async (m) => {
        await this.seats.lockEvent(m, registration.eventId);
        const fresh = (await this.seats.findRegistration(m, registration.id))!;
        return work(m, fresh);
      },
      { queueKey: eventQueueKey(registration.eventId) },
    );
  }

  async manage(token: string): Promise<ManageRegistration> {
    return this.manageView(await this.byToken(token));
  }

  async changeOwn(token: string, workshopIds: number[]): Promise<ManageRegistration> {
    const registration = await this.byToken(token);
    await this.inEventTx(registration, (m, fresh) => this.changeWorkshopsInTx(m, fresh, workshopIds, true));
    return this.manageView((await this.registrations.findById(registration.id))!);
  }

  async cancelOwn(token: string): Promise<ManageRegistration> {
    const registration = await this.byToken(token);
    await this.inEventTx(registration, (m, fresh) => this.cancelInTx(m, fresh));
    return this.manageView((await this.registrations.findById(registration.id))!);
  }

  /** Art. 15 DSGVO: everything held about the person. */
  async exportOwn(token: string): Promise<Record<string, unknown>> {
    const registration = await this.byToken(token);
    const view = await this.manageView(registration);
    const mails = await this.registrations.mailsOf(registration.id);
    const { event, ...personal } = view;
    return {
      exportedAt: new Date().toISOString(),
      controller: 'Kreis Offenbach, Integrationsbüro',
      registration: { ...personal, consentGivenAt: registration.consentGivenAt.toISOString(), cancelledAt: registration.cancelledAt?.toISOString() ?? null, checkedInAt: registration.checkedInAt?.toISOString() ?? null },
      event: { title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, venue: event.venue },
      retention: `Personal data is anonymised ${(await this.events.findById(registration.eventId))!.retentionDays} days after the event ends.`,
      mails: mails.map((x) => ({ kind: x.kind, createdAt: x.createdAt.toISOString(), sentAt: x.sentAt?.toISOString() ?? null, status: x.status })),
    };
  }

  /**
   * Mails a fresh manage link and QR code; says nothing about whether the address is registered.
   * The link and QR code the person has keep working until the new ones are first used (so a
   * stranger who knows the address cannot cut them off), and at most LINK_RESENDS_PER_DAY such
   * mails go out per registration in 24 hours (counted under the event's lock).
   */
  async resendLink(slug: string, email: string, now = new Date()): Promise<void> {
    const event = await this.events.findBySlug(slug);
    if (!event) return;
    const token = newSecretToken();
    await this.tx.run(async (m) => {
      await this.seats.lockEvent(m, event.id);
      const registration = await this.registrations.findLiveByEmail(m, event.id, email.toLowerCase());
      if (!registration || registration.anonymisedAt) return;
      if ((await this.registrations.countLinkResendsSince(m, registration.id, new Date(now.getTime() - DAY_MS))) >= LINK_RESENDS_PER_DAY) return;
      registration.pendingManageTokenHash = hashToken(token);
      await this.registrations.save(m, registration);
      const kind = registration.status === 'confirmed' ? 'registration_confirmed' : 'registration_waitlisted';
      await this.mail(m, kind, registration, event, await this.seats.workshopsOf(m, event.id), token, { tokenHash: registration.pendingManageTokenHash });
    });
  }

  private async manageView(registration: RegistrationEntity): Promise<ManageRegistration> {
    const event = (await this.events.findById(registration.eventId))!;
    const workshops = await this.events.workshopsOf(event.id);
    const bookings = await this.registrations.bookingsOf([registration.id]);
    const position = await this.seats.waitlistPosition(registration);
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

  // ---- staff ------------------------------------------------------------------------------------

  async page(eventId: number, query: RegistrationFilter): Promise<RegistrationPage> {
    const [rows, total] = await this.registrations.page(eventId, query);
    const bookings = await this.registrations.bookingsOf(rows.map((r) => r.id));
    return { items: rows.map((r) => toRegistration(r, bookings)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: number): Promise<Registration> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw new DomainError('not_found', `Registration ${id} does not exist.`);
    return toRegistration(registration, await this.registrations.bookingsOf([id]));
  }

  private async staffChange(actor: Actor, id: number, what: string, work: (m: EntityManager, r: RegistrationEntity) => Promise<void>): Promise<Registration> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw new DomainError('not_found', `Registration ${id} does not exist.`);
    await this.inEventTx(registration, async (m, fresh) => {
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
    return this.get(id);
  }

  cancel(actor: Actor, id: number): Promise<Registration> {
    return this.staffChange(actor, id, 'cancel', (m, r) => this.cancelInTx(m, r));
  }

  moveWorkshops(actor: Actor, id: number, workshopIds: number[]): Promise<Registration> {
    return this.staffChange(actor, id, 'move_workshops', (m, r) => this.changeWorkshopsInTx(m, r, workshopIds));
  }

  /**
   * Art. 17 DSGVO, on request: frees the person's seats (without a mail) and blanks their personal
   * data at once, keeping the anonymous counts.
   */
  async erase(actor: Actor, id: number): Promise<Registration> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw new DomainError('not_found', `Registration ${id} does not exist.`);
    let mailFiles: string[] = [];
    await this.inEventTx(registration, async (m, fresh) => {
      if (fresh.anonymisedAt) return;
      // Before the event the seat is freed for the next person; once it has begun the seat was used: the
      // anonymous registration keeps its status and workshop places, so attendance and outcome figures stay.
      if ((await this.seats.findEvent(m, fresh.eventId))!.startsAt.getTime() > Date.now()) await this.cancelInTx(m, fresh, false);
      ({ mailFiles } = await this.eraser.eraseInTx(m, id, new Date()));
      await this.audit.record(m, actor, { action: 'delete', entity: 'registration_personal_data', entityId: id, before: { status: registration.status }, after: null });
    });
    await this.eraser.afterErasure(mailFiles);
    return this.get(id);
  }

  /** Moves one person up by hand (ahead of the queue) when a seat is free. */
  promote(actor: Actor, id: number): Promise<Registration> {
    return this.staffChange(actor, id, 'promote', async (m, r) => {
      if (r.status !== 'waitlisted') throw new DomainError('conflict', 'Only a waiting registration can be moved up.');
      if (!(await this.seats.takeEventSeat(m, r.eventId))) throw new DomainError('conflict', 'There is no free seat; raise the capacity or wait for a cancellation.');
      await this.seats.setRegistrationStatus(m, r.id, 'confirmed');
      for (const booking of await this.seats.bookingsOf(m, r.id)) {
        if (booking.status === 'waitlisted' && (await this.seats.takeWorkshopSeat(m, booking.workshopId))) await this.seats.setBookingStatus(m, booking.id, 'confirmed');
      }
      const event = (await this.seats.findEvent(m, r.eventId))!;
      await this.mail(m, 'registration_moved_up', r, event, await this.seats.workshopsOf(m, event.id), null);
    });
  }
}
