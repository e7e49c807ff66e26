import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { RegistrationEntity } from './registration.entity';
import { RegistrationWorkshopEntity } from './registration-workshop.entity';

/** Counts over the bookings for event pages and statistics (no personal data). `m`: null outside a transaction. */
@Injectable()
export class BookingFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The registrations' fields the event statistics count. */
  registrationFacts(m: EntityManager | null, eventId: number): Promise<Pick<RegistrationEntity, 'id' | 'status' | 'createdAt' | 'checkedInAt' | 'municipalityId' | 'organisationType'>[]> {
    return this.m(m)
      .getRepository(RegistrationEntity)
      .find({ select: { id: true, status: true, createdAt: true, checkedInAt: true, municipalityId: true, organisationType: true }, where: { eventId }, order: { id: 'ASC' } });
  }

  /** Waiting registrations per event, in one grouped query. */
  async waitlistedByEvent(m: EntityManager | null, eventIds: number[]): Promise<Map<number, number>> {
    if (eventIds.length === 0) return new Map();
    const rows = await this.m(m)
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .select('r.event_id', 'eventId')
      .addSelect('COUNT(*)', 'n')
      .where({ eventId: In(eventIds), status: 'waitlisted' })
      .groupBy('r.event_id')
      .getRawMany<{ eventId: number; n: string | number }>();
    return new Map(rows.map((r) => [Number(r.eventId), Number(r.n)]));
  }

  /** Waiting places per workshop (of registrations that are not cancelled). */
  async waitlistedByWorkshop(m: EntityManager | null, workshopIds: number[]): Promise<Map<number, number>> {
    if (workshopIds.length === 0) return new Map();
    const rows = await this.m(m)
      .getRepository(RegistrationWorkshopEntity)
      .createQueryBuilder('b')
      .select('b.workshop_id', 'workshopId')
      .addSelect('COUNT(*)', 'n')
      .where({ workshopId: In(workshopIds), status: 'waitlisted' })
      .groupBy('b.workshop_id')
      .getRawMany<{ workshopId: number; n: string | number }>();
    return new Map(rows.map((r) => [Number(r.workshopId), Number(r.n)]));
  }

  /** People checked in per workshop: confirmed places with a check-in time (kept when the registration is anonymised). */
  async checkedInByWorkshop(m: EntityManager | null, workshopIds: number[]): Promise<Map<number, number>> {
    if (workshopIds.length === 0) return new Map();
    const rows = await this.m(m)
      .getRepository(RegistrationWorkshopEntity)
      .createQueryBuilder('b')
      .select('b.workshop_id', 'workshopId')
      .addSelect('COUNT(*)', 'n')
      .where({ workshopId: In(workshopIds), status: 'confirmed', checkedInAt: Not(IsNull()) })
      .groupBy('b.workshop_id')
      .getRawMany<{ workshopId: number; n: string | number }>();
    return new Map(rows.map((r) => [Number(r.workshopId), Number(r.n)]));
  }
}
