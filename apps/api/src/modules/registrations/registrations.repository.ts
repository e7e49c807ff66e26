import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { And, Brackets, DataSource, EntityManager, In, IsNull, LessThan, MoreThanOrEqual, Not } from 'typeorm';
import type { RegistrationFilter } from '@wir/shared';
import { rawRows } from '../../platform/database/raw-query.util';
import { OutboxMailEntity } from '../../platform/mail/outbox-mail.entity';
import { EventEntity } from '../events/event.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { RegistrationEntity } from './registration.entity';
import { RegistrationWorkshopEntity } from './registration-workshop.entity';

@Injectable()
export class RegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findLiveByEmail(m: EntityManager, eventId: number, email: string): Promise<RegistrationEntity | null> {
    return m.getRepository(RegistrationEntity).findOneBy({ eventId, email, status: Not('cancelled') });
  }

  /** On every booking: is the address registered for the event already (hand-written, no query building). */
  async hasLiveRegistration(m: EntityManager, eventId: number, email: string): Promise<boolean> {
    return (await rawRows(m, "SELECT 1 AS found FROM registrations WHERE event_id = $1 AND email = $2 AND status <> 'cancelled' LIMIT 1", [eventId, email])).length > 0;
  }

  /** By the hash of its manage token, or of a resent token not used yet. */
  findByTokenHash(tokenHash: string, manager?: EntityManager): Promise<RegistrationEntity | null> {
    return this.m(manager).getRepository(RegistrationEntity).findOne({ where: [{ manageTokenHash: tokenHash }, { pendingManageTokenHash: tokenHash }] });
  }

  /** The resent token becomes the manage token; the old link and QR code stop working. A no-op when another request did it first. */
  async promotePendingToken(m: EntityManager, id: number, pendingHash: string): Promise<void> {
    await m.getRepository(RegistrationEntity).update({ id, pendingManageTokenHash: pendingHash }, { manageTokenHash: pendingHash, pendingManageTokenHash: null });
  }

  /** Only the one column, and only once: false when another door checked the person in first. */
  async markCheckedIn(m: EntityManager, id: number, at: Date): Promise<boolean> {
    return ((await m.getRepository(RegistrationEntity).update({ id, checkedInAt: IsNull() }, { checkedInAt: at })).affected ?? 0) > 0;
  }

  /** Resent-link mails of a registration queued since `since`. */
  countLinkResendsSince(m: EntityManager, registrationId: number, since: Date): Promise<number> {
    return m.getRepository(OutboxMailEntity).countBy({ registrationId, linkResend: true, createdAt: MoreThanOrEqual(since) });
  }

  findById(id: number, manager?: EntityManager): Promise<RegistrationEntity | null> {
    return this.m(manager).getRepository(RegistrationEntity).findOneBy({ id });
  }

  async insert(m: EntityManager, registration: Omit<RegistrationEntity, 'id' | 'event' | 'municipality'>): Promise<RegistrationEntity> {
    const result = await m.getRepository(RegistrationEntity).insert(registration);
    return Object.assign(new RegistrationEntity(), registration, { id: result.identifiers[0].id as number });
  }

  /**
   * PostgreSQL: the whole booking in one statement — seat counter, registration, workshop places —
   * so the event row's lock is held for this statement, the outbox insert and the commit only.
   * The same rules as the step-by-step path (SQLite): a seat only while `confirmed_count < capacity`,
   * workshop places only with an event seat, workshops locked in id order; a second live
   * registration of one e-mail is stopped by the partial unique index (23505).
   */
  async bookInOneStatement(
    m: EntityManager,
    row: Omit<RegistrationEntity, 'id' | 'status' | 'event' | 'municipality'>,
    workshopIds: number[],
  ): Promise<{ registration: RegistrationEntity; bookings: RegistrationWorkshopEntity[] }> {
    const rows = (await m.query(
      `WITH seat AS (
         UPDATE events SET confirmed_count = confirmed_count + 1
         WHERE id = $1::int AND confirmed_count < capacity
         RETURNING id
       ), reg AS (
         INSERT INTO registrations (event_id, status, first_name, last_name, email, organisation_name, organisation_type, municipality_id, language,
           accessibility_needs, interpreting_language, answers, consent_participant_list, consent_given_at, manage_token_hash, source, created_at)
         SELECT $1::int, CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed' ELSE 'waitlisted' END, $2::varchar, $3::varchar, $4::varchar, $5::varchar,
           $6::varchar, $7::int, $8::varchar, $9::text, $10::varchar, $11::text, $12::boolean, $13::timestamptz, $14::varchar, $15::varchar, $13::timestamptz
         RETURNING id, status
       ), ws AS (
         UPDATE workshops SET confirmed_count = confirmed_count + 1
         WHERE id IN (SELECT w.id FROM workshops w WHERE w.id = ANY($16::int[]) AND EXISTS (SELECT 1 FROM seat) ORDER BY w.id FOR UPDATE)
           AND confirmed_count < capacity
         RETURNING id
       ), booked AS (
         INSERT INTO registration_workshops (registration_id, workshop_id, status)
         SELECT reg.id, w.id, CASE WHEN w.id IN (SELECT id FROM ws) THEN 'confirmed' ELSE 'waitlisted' END
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
    )) as { id: number; status: RegistrationEntity['status']; bookings: { id: number; workshopId: number; status: RegistrationWorkshopEntity['status'] }[] }[];
    const { id, status, bookings } = rows[0];
    return {
      registration: Object.assign(new RegistrationEntity(), row, { id, status }),
      bookings: bookings.map((b) => Object.assign(new RegistrationWorkshopEntity(), { ...b, registrationId: id })),
    };
  }

  async save(m: EntityManager, registration: RegistrationEntity): Promise<void> {
    await m.getRepository(RegistrationEntity).save(registration);
  }

  async insertBooking(m: EntityManager, registrationId: number, workshopId: number, status: RegistrationWorkshopEntity['status']): Promise<RegistrationWorkshopEntity> {
    const result = await m.getRepository(RegistrationWorkshopEntity).insert({ registrationId, workshopId, status });
    return Object.assign(new RegistrationWorkshopEntity(), { id: result.identifiers[0].id as number, registrationId, workshopId, status });
  }

  async deleteBooking(m: EntityManager, id: number): Promise<void> {
    await m.getRepository(RegistrationWorkshopEntity).delete({ id });
  }

  async cancelBookings(m: EntityManager, registrationId: number): Promise<void> {
    await m.getRepository(RegistrationWorkshopEntity).update({ registrationId }, { status: 'cancelled' });
  }

  bookingsOf(registrationIds: number[], manager?: EntityManager): Promise<RegistrationWorkshopEntity[]> {
    if (registrationIds.length === 0) return Promise.resolve([]);
    return this.m(manager).getRepository(RegistrationWorkshopEntity).find({ where: { registrationId: In(registrationIds) }, order: { workshopId: 'ASC' } });
  }

  /** Staff list: search in names, e-mail and organisation; filters; newest first; paged. */
  async page(eventId: number, q: RegistrationFilter): Promise<[RegistrationEntity[], number]> {
    const qb = this.m().getRepository(RegistrationEntity).createQueryBuilder('r').where('r.event_id = :eventId', { eventId });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.municipalityId) qb.andWhere('r.municipality_id = :municipalityId', { municipalityId: q.municipalityId });
    if (q.organisationType) qb.andWhere('r.organisation_type = :organisationType', { organisationType: q.organisationType });
    if (q.workshopId) {
      qb.andWhere('EXISTS (SELECT 1 FROM registration_workshops b WHERE b.registration_id = r.id AND b.workshop_id = :workshopId AND b.status <> :cancelled)', {
        workshopId: q.workshopId,
        cancelled: 'cancelled',
      });
    }
    if (q.q) {
      const like = `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("LOWER(r.first_name) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(r.last_name) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(r.email) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(r.organisation_name) LIKE :like ESCAPE '\\'", { like }),
        ),
      );
    }
    return qb
      .orderBy('r.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
  }

  /** What names the registration's mail files (see emlFileName), read before anonymise deletes the rows. */
  outboxMailsOf(m: EntityManager, registrationId: number): Promise<Pick<OutboxMailEntity, 'createdAt' | 'kind' | 'messageId'>[]> {
    return m.getRepository(OutboxMailEntity).find({ where: { registrationId }, select: { id: true, createdAt: true, kind: true, messageId: true } });
  }

  /**
   * Blanks the personal data of a registration (names, e-mail, free text, answers, the manage link)
   * and deletes its mails; keeps what reports count: status, workshops, municipality, organisation type.
   */
  async anonymise(m: EntityManager, id: number, now: Date): Promise<boolean> {
    // Once only: a second process (or a retry) finds the row anonymised already and does nothing.
    const result = await m.getRepository(RegistrationEntity).update(
      { id, anonymisedAt: IsNull() },
      {
        firstName: '',
        lastName: '',
        email: `anonymised-${id}@invalid`,
        organisationName: '',
        accessibilityNeeds: '',
        interpretingLanguage: '',
        answers: {},
        manageTokenHash: randomBytes(32).toString('hex'),
        pendingManageTokenHash: null,
        anonymisedAt: now,
      },
    );
    if ((result.affected ?? 0) === 0) return false;
    await m.getRepository(OutboxMailEntity).delete({ registrationId: id });
    return true;
  }

  /** Events that ended before `endedBefore` and still hold registrations with personal data. */
  eventsWithPersonalDataEndedBefore(endedBefore: Date): Promise<EventEntity[]> {
    return this.m()
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where({ endsAt: LessThan(endedBefore) })
      .andWhere('EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = e.id AND r.anonymised_at IS NULL)')
      .getMany();
  }

  personalDataIds(eventId: number, limit: number): Promise<number[]> {
    return this.m()
      .getRepository(RegistrationEntity)
      .find({ select: { id: true }, where: { eventId, anonymisedAt: IsNull() }, order: { id: 'ASC' }, take: limit })
      .then((rows) => rows.map((r) => r.id));
  }

  /** Events starting in [from, to) that may need reminders. */
  eventsStartingBetween(from: Date, to: Date): Promise<EventEntity[]> {
    return this.m()
      .getRepository(EventEntity)
      .find({ where: { startsAt: And(MoreThanOrEqual(from), LessThan(to)), status: In(['published', 'closed']) } });
  }

  /** Confirmed registrations of an event that have had no reminder yet. */
  withoutReminder(m: EntityManager, eventId: number): Promise<RegistrationEntity[]> {
    return m
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId AND r.status = :confirmed AND r.anonymised_at IS NULL', { eventId, confirmed: 'confirmed' })
      .andWhere("NOT EXISTS (SELECT 1 FROM outbox_mails o WHERE o.registration_id = r.id AND o.kind = 'event_reminder')")
      .orderBy('r.id', 'ASC')
      .getMany();
  }

  municipalityExists(id: number): Promise<boolean> {
    return this.m().getRepository(MunicipalityEntity).existsBy({ id });
  }

  mailsOf(registrationId: number): Promise<OutboxMailEntity[]> {
    return this.m().getRepository(OutboxMailEntity).find({ where: { registrationId }, order: { id: 'ASC' } });
  }
}
