import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { alreadyRegistered } from './booking.errors';
import { bookingOrder, mayTakeWorkshopSeat, SEAT_FREE_SQL, statusFor, statusSql } from './booking-rules';
import { RegistrationEntity } from './registration.entity';
import { RegistrationWorkshopEntity } from './registration-workshop.entity';
import { RegistrationsRepository } from './registrations.repository';
import { SeatsRepository } from './seats.repository';

export type NewRegistrationRow = Omit<RegistrationEntity, 'id' | 'status' | 'event' | 'municipality'>;
export type Booked = { registration: RegistrationEntity; bookings: RegistrationWorkshopEntity[] };

/** The two ways to book: statement by statement (SQLite, or any database), or in one statement (PostgreSQL only). */
export type BookingPath = 'step_by_step' | 'one_statement';

/**
 * A new registration with its seat and workshop places: the rules of booking-rules.ts on two paths.
 * The caller runs it in a transaction (on PostgreSQL the event row stays locked until commit).
 */
@Injectable()
export class BookingRepository {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly seats: SeatsRepository,
  ) {}

  async book(m: EntityManager, path: BookingPath, row: NewRegistrationRow, workshopIds: number[]): Promise<Booked> {
    const ordered = bookingOrder(workshopIds);
    return path === 'one_statement' ? this.inOneStatement(m, row, ordered) : this.stepByStep(m, row, ordered);
  }

  private async stepByStep(m: EntityManager, row: NewRegistrationRow, workshopIds: number[]): Promise<Booked> {
    if (await this.registrations.hasLiveRegistration(m, row.eventId, row.email)) throw alreadyRegistered();
    const eventSeat = await this.seats.takeEventSeat(m, row.eventId);
    const registration = await this.registrations.insert(m, { ...row, status: statusFor(eventSeat) });
    const bookings: RegistrationWorkshopEntity[] = [];
    for (const workshopId of workshopIds) {
      const seat = mayTakeWorkshopSeat(eventSeat) && (await this.seats.takeWorkshopSeat(m, workshopId));
      bookings.push(await this.registrations.insertBooking(m, registration.id, workshopId, statusFor(seat)));
    }
    return { registration, bookings };
  }

  /**
   * PostgreSQL: the whole booking in one statement — seat counter, registration, workshop places —
   * so the event row's lock is held for this statement, the outbox insert and the commit only. A
   * second live registration of one e-mail is stopped by the partial unique index (23505).
   */
  private async inOneStatement(m: EntityManager, row: NewRegistrationRow, workshopIds: number[]): Promise<Booked> {
    const rows = (await m
      .query(
        `WITH seat AS (
         UPDATE events SET confirmed_count = confirmed_count + 1
         WHERE id = $1::int AND ${SEAT_FREE_SQL}
         RETURNING id
       ), reg AS (
         INSERT INTO registrations (event_id, status, first_name, last_name, email, organisation_name, organisation_type, municipality_id, language,
           accessibility_needs, interpreting_language, answers, consent_participant_list, consent_given_at, manage_token_hash, source, created_at)
         SELECT $1::int, ${statusSql('EXISTS (SELECT 1 FROM seat)')}, $2::varchar, $3::varchar, $4::varchar, $5::varchar,
           $6::varchar, $7::int, $8::varchar, $9::text, $10::varchar, $11::text, $12::boolean, $13::timestamptz, $14::varchar, $15::varchar, $13::timestamptz
         RETURNING id, status
       ), ws AS (
         UPDATE workshops SET confirmed_count = confirmed_count + 1
         WHERE id IN (SELECT w.id FROM workshops w WHERE w.id = ANY($16::int[]) AND EXISTS (SELECT 1 FROM seat) ORDER BY w.id FOR UPDATE) -- mayTakeWorkshopSeat: only with an event seat
           AND ${SEAT_FREE_SQL}
         RETURNING id
       ), booked AS (
         INSERT INTO registration_workshops (registration_id, workshop_id, status)
         SELECT reg.id, w.id, ${statusSql('w.id IN (SELECT id FROM ws)')}
         FROM reg CROSS JOIN unnest($16::int[]) AS w(id)
         RETURNING id, workshop_id, status
       )
       SELECT reg.id, reg.status,
              COALESCE((SELECT json_agg(json_build_object('id', b.id, 'workshopId', b.workshop_id, 'status', b.status) ORDER BY b.workshop_id) FROM booked b), '[]'::json) AS bookings
       FROM reg`,
        [
          row.eventId,
          row.firstName,
          row.lastName,
          row.email,
          row.organisationName,
          row.organisationType,
          row.municipalityId,
          row.language,
          row.accessibilityNeeds,
          row.interpretingLanguage,
          JSON.stringify(row.answers),
          row.consentParticipantList,
          row.createdAt,
          row.manageTokenHash,
          row.source,
          workshopIds,
        ],
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw alreadyRegistered();
        throw error;
      })) as {
      id: number;
      status: RegistrationEntity['status'];
      bookings: { id: number; workshopId: number; status: RegistrationWorkshopEntity['status'] }[];
    }[];
    const { id, status, bookings } = rows[0];
    return {
      registration: Object.assign(new RegistrationEntity(), row, { id, status }),
      bookings: bookings.map((b) => Object.assign(new RegistrationWorkshopEntity(), { ...b, registrationId: id })),
    };
  }
}
