import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RegistrationCreated } from '@wir/shared';
import { createRegistrationSchema } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError, FieldError } from '#api/platform/errors/domain.error';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import type { EventEntity } from '#api/modules/events/event.entity';
import { EventsRepository } from '#api/modules/events/events.repository';
import type { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { alreadyRegistered, BookingError } from './booking.errors';
import { answerErrors, clashErrors, registrationWindow } from './booking-rules';
import { BookingRepository } from './booking.repository';
import type { RegistrationMailKind } from './mail/registration-mail-parts';
import { registrationMailSubject } from './mail/registration-mail-subject.util';
import { manageUrl, registrationMailPayload } from './mail/registration-mail.util';
import type { RegistrationEntity } from './registration.entity';
import { registrationRules } from './registration-rules.util';
import { RegistrationsRepository } from './registrations.repository';
import { SeatAllocator } from './seat-allocator.service';
import { SeatsRepository } from './seats.repository';

export type NewRegistration = ReturnType<typeof createRegistrationSchema.parse>;

/** Seat changes of one event wait for each other in this process (see TransactionRunner). */
const eventQueueKey = (eventId: number) => `event:${eventId}`;

/**
 * What several actors do to a registration (the participant by form or manage link, staff): booking,
 * cancelling, changing workshops, and the participant's mail about it. Each `…InTx` runs inside the
 * caller's transaction after the event row was locked (`inEventTx`).
 */
@Injectable()
export class RegistrationChanges {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly booking: BookingRepository,
    private readonly events: EventsRepository,
    private readonly seats: SeatsRepository,
    private readonly allocator: SeatAllocator,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new registration (public form or staff): checked, booked, mailed with its manage link, in one transaction. */
  async register(
    event: EventEntity,
    input: NewRegistration,
    source: 'public' | 'staff',
    actor: Actor | null,
  ): Promise<RegistrationCreated> {
    const workshops = await this.events.workshopsOf(null, event.id);
    await this.assertValid(event, workshops, input.workshopIds, input.answers ?? {}, input.municipalityId ?? null);
    const token = newSecretToken();
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
    // Kept short on purpose: the guarded seat UPDATE locks the event row until commit, so this
    // transaction is the queue every registration for the event passes through.
    return this.tx
      .run(async (m) => {
        const { registration, bookings } = await this.booking.book(
          m,
          this.tx.isSqlite ? 'step_by_step' : 'one_statement',
          row,
          input.workshopIds,
        );
        const confirmed = registration.status === 'confirmed';
        const waitlistPosition = confirmed ? null : await this.seats.waitlistPosition(m, registration);
        await this.outbox.enqueue(m, {
          kind: confirmed ? 'registration_confirmed' : 'registration_waitlisted',
          to: registration.email,
          language: registration.language,
          subject: registrationMailSubject(registration.id),
          payload: registrationMailPayload(registration, event, workshops, bookings, {
            waitlistPosition,
            manageUrl: manageUrl(this.config.publicBaseUrl, token, registration.language),
          }),
        });
        if (actor)
          await this.audit.record(m, actor, {
            action: 'create',
            entity: 'registration',
            entityId: registration.id,
            after: { eventId: event.id, status: registration.status, source },
          });
        return {
          id: registration.id,
          status: registration.status,
          workshops: bookings.map((b) => ({ workshopId: b.workshopId, status: b.status })),
          manageToken: token,
        };
        // No in-process queue here: on PostgreSQL the one-statement booking holds the row lock so
        // briefly that PostgreSQL's own lock hand-over is faster (measured, docs/benchmarks.md).
      })
      .catch((error: unknown) => {
        // Two requests with one e-mail at the same moment: the partial unique index stops the second.
        if (isUniqueViolation(error)) throw alreadyRegistered();
        throw error;
      });
  }

  /** Runs `work` in a transaction holding the registration's event row, with the registration read again inside it. */
  inEventTx<T>(
    registration: RegistrationEntity,
    work: (m: EntityManager, fresh: RegistrationEntity) => Promise<T>,
  ): Promise<T> {
    return this.tx.run(
      async (m) => {
        await this.events.lockEvent(m, registration.eventId);
        const fresh = (await this.seats.findRegistration(m, registration.id))!;
        return work(m, fresh);
      },
      { queueKey: eventQueueKey(registration.eventId) },
    );
  }

  /** Cancels and gives the seats to the next people waiting. `notify`: mail the participant. */
  async cancelInTx(m: EntityManager, registration: RegistrationEntity, notify = true): Promise<void> {
    if (registration.status === 'cancelled') return;
    const event = (await this.events.findById(m, registration.eventId))!;
    const wasConfirmed = registration.status === 'confirmed';
    registration.status = 'cancelled';
    registration.cancelledAt = new Date();
    await this.registrations.save(m, registration);
    if (wasConfirmed) await this.seats.releaseEventSeat(m, registration.eventId);
    for (const booking of await this.seats.bookingsOf(m, registration.id)) {
      if (booking.status === 'confirmed') await this.seats.releaseWorkshopSeat(m, booking.workshopId);
    }
    await this.registrations.cancelBookings(m, registration.id);
    if (notify)
      await this.mail(
        m,
        'registration_cancelled',
        registration,
        event,
        await this.seats.workshopsInLockOrder(m, event.id),
        null,
      );
    await this.allocator.fillFreeSeats(m, registration.eventId);
  }

  /**
   * Replaces the workshop choice; places kept stay, new ones are subject to capacity. `byParticipant`:
   * through the manage link, which adds workshops only while registration is open (dropping one works).
   */
  async changeWorkshopsInTx(
    m: EntityManager,
    registration: RegistrationEntity,
    workshopIds: number[],
    byParticipant = false,
  ): Promise<void> {
    if (registrationRules.cancelled(registration))
      throw new BookingError('registration_cancelled', 'This registration is cancelled.');
    const event = (await this.events.findById(m, registration.eventId))!;
    const workshops = await this.seats.workshopsInLockOrder(m, event.id);
    await this.assertValid(event, workshops, workshopIds, {}, null);
    const wanted = new Set(workshopIds);
    const current = await this.seats.bookingsOf(m, registration.id);
    if (byParticipant && registrationWindow(event, new Date()) !== 'open') {
      const held = new Set(current.filter((b) => b.status !== 'cancelled').map((b) => b.workshopId));
      const added = workshopIds.filter((id) => !held.has(id));
      if (added.length > 0) {
        throw new BookingError(
          'registration_closed',
          'Registration has closed: workshops can no longer be added (dropping one or cancelling still works).',
          {
            errors: [{ path: 'workshopIds', message: `workshops ${added.join(', ')} can no longer be added` }],
          },
        );
      }
    }
    for (const booking of current) {
      if (wanted.has(booking.workshopId) && booking.status !== 'cancelled') continue;
      if (booking.status === 'confirmed') await this.seats.releaseWorkshopSeat(m, booking.workshopId);
      await this.registrations.deleteBooking(m, booking.id);
    }
    const kept = new Set(
      current.filter((b) => wanted.has(b.workshopId) && b.status !== 'cancelled').map((b) => b.workshopId),
    );
    for (const workshopId of [...wanted].filter((id) => !kept.has(id)).sort((a, b) => a - b)) {
      const seat = registration.status === 'confirmed' && (await this.seats.takeWorkshopSeat(m, workshopId));
      await this.registrations.insertBooking(m, registration.id, workshopId, seat ? 'confirmed' : 'waitlisted');
    }
    await this.allocator.fillFreeSeats(m, event.id);
    await this.mail(m, 'registration_changed', registration, event, workshops, null);
  }

  /**
   * Mails the participant; the manage link (sealed in the outbox) only when this change knows the
   * token. A resent link is marked `linkResend`, and its QR code is made of the new token's hash.
   */
  async mail(
    m: EntityManager,
    kind: RegistrationMailKind,
    registration: RegistrationEntity,
    event: EventEntity,
    workshops: WorkshopEntity[],
    token: string | null,
    resend: { tokenHash: string } | null = null,
  ): Promise<void> {
    const fresh = (await this.seats.findRegistration(m, registration.id))!;
    const bookings = await this.seats.bookingsOf(m, registration.id);
    const waitlistPosition = await this.seats.waitlistPosition(m, fresh);
    await this.outbox.enqueue(m, {
      kind,
      to: fresh.email,
      language: fresh.language,
      subject: registrationMailSubject(fresh.id),
      payload: registrationMailPayload(fresh, event, workshops, bookings, {
        waitlistPosition,
        tokenHash: resend?.tokenHash,
        manageUrl: token ? manageUrl(this.config.publicBaseUrl, token, fresh.language) : null,
      }),
      linkResend: resend !== null,
    });
  }

  private async assertValid(
    event: EventEntity,
    workshops: WorkshopEntity[],
    workshopIds: number[],
    answers: Record<string, string | boolean>,
    municipalityId: number | null,
  ) {
    const byId = new Map(workshops.map((w) => [w.id, w]));
    const errors: FieldError[] = [];
    const unknown = workshopIds.filter((id) => !byId.has(id));
    if (unknown.length)
      errors.push({ path: 'workshopIds', message: `workshops ${unknown.join(', ')} do not belong to this event` });
    else errors.push(...clashErrors(workshopIds.map((id) => byId.get(id)!)));
    errors.push(...answerErrors(event.questions, answers));
    if (municipalityId !== null && !(await this.registrations.municipalityExists(municipalityId))) {
      errors.push({ path: 'municipalityId', message: 'does not exist' });
    }
    if (errors.length)
      throw new DomainError('validation_failed', `Invalid registration: ${errors.map((e) => e.path).join(', ')}`, {
        errors,
      });
  }
}
