import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In, IsNull, LessThan, Not } from 'typeorm';
import type { RegistrationFilter } from '@wir/shared';
import { rawRows } from '#api/platform/database/raw-query.util';
import { EventEntity } from '#api/modules/events/event.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { LIVE_REGISTRATION_SQL } from './booking-rules';
import { RegistrationEntity } from './registration.entity';
import { RegistrationWorkshopEntity } from './registration-workshop.entity';

/** Registrations and their workshop places. Reads take `m: EntityManager | null` first (null: outside a transaction). */
@Injectable()
export class RegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager: EntityManager | null = null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findLiveByEmail(m: EntityManager, eventId: number, email: string): Promise<RegistrationEntity | null> {
    return m.getRepository(RegistrationEntity).findOneBy({ eventId, email, status: Not('cancelled') });
  }

  /** On every booking: is the address registered for the event already (hand-written, no query building). */
  async hasLiveRegistration(m: EntityManager, eventId: number, email: string): Promise<boolean> {
    return (
      (
        await rawRows(
          m,
          `SELECT 1 AS found FROM registrations WHERE event_id = $1 AND email = $2 AND ${LIVE_REGISTRATION_SQL} LIMIT 1`,
          [eventId, email],
        )
      ).length > 0
    );
  }

  /** By the hash of its manage token, or of a resent token not used yet. */
  findByTokenHash(m: EntityManager | null, tokenHash: string): Promise<RegistrationEntity | null> {
    return this.m(m)
      .getRepository(RegistrationEntity)
      .findOne({ where: [{ manageTokenHash: tokenHash }, { pendingManageTokenHash: tokenHash }] });
  }

  /** The resent token becomes the manage token; the old link and QR code stop working. A no-op when another request did it first. */
  async promotePendingToken(m: EntityManager, id: number, pendingHash: string): Promise<void> {
    await m
      .getRepository(RegistrationEntity)
      .update(
        { id, pendingManageTokenHash: pendingHash },
        { manageTokenHash: pendingHash, pendingManageTokenHash: null },
      );
  }

  /** Only the one column, and only once: false when another door checked the person in first. */
  async markCheckedIn(m: EntityManager, id: number, at: Date): Promise<boolean> {
    return (
      ((await m.getRepository(RegistrationEntity).update({ id, checkedInAt: IsNull() }, { checkedInAt: at }))
        .affected ?? 0) > 0
    );
  }

  findById(m: EntityManager | null, id: number): Promise<RegistrationEntity | null> {
    return this.m(m).getRepository(RegistrationEntity).findOneBy({ id });
  }

  async insert(
    m: EntityManager,
    registration: Omit<RegistrationEntity, 'id' | 'event' | 'municipality'>,
  ): Promise<RegistrationEntity> {
    const result = await m.getRepository(RegistrationEntity).insert(registration);
    return Object.assign(new RegistrationEntity(), registration, { id: result.identifiers[0].id as number });
  }

  async save(m: EntityManager, registration: RegistrationEntity): Promise<void> {
    await m.getRepository(RegistrationEntity).save(registration);
  }

  async insertBooking(
    m: EntityManager,
    registrationId: number,
    workshopId: number,
    status: RegistrationWorkshopEntity['status'],
  ): Promise<RegistrationWorkshopEntity> {
    const result = await m.getRepository(RegistrationWorkshopEntity).insert({ registrationId, workshopId, status });
    return Object.assign(new RegistrationWorkshopEntity(), {
      id: result.identifiers[0].id as number,
      registrationId,
      workshopId,
      status,
    });
  }

  async deleteBooking(m: EntityManager, id: number): Promise<void> {
    await m.getRepository(RegistrationWorkshopEntity).delete({ id });
  }

  async cancelBookings(m: EntityManager, registrationId: number): Promise<void> {
    await m.getRepository(RegistrationWorkshopEntity).update({ registrationId }, { status: 'cancelled' });
  }

  bookingsOf(m: EntityManager | null, registrationIds: number[]): Promise<RegistrationWorkshopEntity[]> {
    if (registrationIds.length === 0) return Promise.resolve([]);
    return this.m(m)
      .getRepository(RegistrationWorkshopEntity)
      .find({ where: { registrationId: In(registrationIds) }, order: { workshopId: 'ASC' } });
  }

  /** Staff list: search in names, e-mail and organisation; filters; newest first; paged. */
  async page(eventId: number, q: RegistrationFilter): Promise<[RegistrationEntity[], number]> {
    const qb = this.m()
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.municipalityId) qb.andWhere('r.municipality_id = :municipalityId', { municipalityId: q.municipalityId });
    if (q.organisationType)
      qb.andWhere('r.organisation_type = :organisationType', { organisationType: q.organisationType });
    if (q.workshopId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM registration_workshops b WHERE b.registration_id = r.id AND b.workshop_id = :workshopId AND b.status <> :cancelled)',
        {
          workshopId: q.workshopId,
          cancelled: 'cancelled',
        },
      );
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

  /**
   * Blanks the personal data of a registration (names, e-mail, free text, answers, the manage link);
   * keeps what reports count: status, workshops, municipality, organisation type. Its mails are the
   * outbox's to erase (RegistrationEraser).
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
    return (result.affected ?? 0) > 0;
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

  /** Confirmed registrations of an event that still hold personal data (who can be mailed), by id. */
  confirmedWithPersonalData(m: EntityManager, eventId: number): Promise<RegistrationEntity[]> {
    return m
      .getRepository(RegistrationEntity)
      .find({ where: { eventId, status: 'confirmed', anonymisedAt: IsNull() }, order: { id: 'ASC' } });
  }

  municipalityExists(id: number): Promise<boolean> {
    return this.m().getRepository(MunicipalityEntity).existsBy({ id });
  }
}
