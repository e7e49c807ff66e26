import { Injectable } from '@nestjs/common';
import {
  DataSource,
  EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  In,
  IsNull,
  Not,
  type ObjectLiteral,
} from 'typeorm';
import { RegistrationEntity } from './registration.entity';
import { RegistrationWorkshopEntity } from './registration-workshop.entity';

/** Counts over the bookings for event pages and statistics (no personal data). `m`: null outside a transaction. */
@Injectable()
export class BookingFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** COUNT(*) per event or workshop (`column`) of the rows matching `where`, in one grouped query; none asked, none counted. */
  private async countPer<E extends ObjectLiteral>(
    m: EntityManager | null,
    entity: EntityTarget<E>,
    column: 'event_id' | 'workshop_id',
    ids: number[],
    where: FindOptionsWhere<E>,
  ): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.m(m)
      .getRepository(entity)
      .createQueryBuilder('x')
      .select(`x.${column}`, 'id')
      .addSelect('COUNT(*)', 'n')
      .where(where)
      .groupBy(`x.${column}`)
      .getRawMany<{ id: number; n: string | number }>();
    return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
  }

  /** The registrations' fields the event statistics count. */
  registrationFacts(
    m: EntityManager | null,
    eventId: number,
  ): Promise<
    Pick<RegistrationEntity, 'id' | 'status' | 'createdAt' | 'checkedInAt' | 'municipalityId' | 'organisationType'>[]
  > {
    return this.m(m)
      .getRepository(RegistrationEntity)
      .find({
        select: {
          id: true,
          status: true,
          createdAt: true,
          checkedInAt: true,
          municipalityId: true,
          organisationType: true,
        },
        where: { eventId },
        order: { id: 'ASC' },
      });
  }

  /** Waiting registrations per event, in one grouped query. */
  waitlistedByEvent(m: EntityManager | null, eventIds: number[]): Promise<Map<number, number>> {
    return this.countPer(m, RegistrationEntity, 'event_id', eventIds, { eventId: In(eventIds), status: 'waitlisted' });
  }

  /** Waiting places per workshop (of registrations that are not cancelled). */
  waitlistedByWorkshop(m: EntityManager | null, workshopIds: number[]): Promise<Map<number, number>> {
    return this.countPer(m, RegistrationWorkshopEntity, 'workshop_id', workshopIds, {
      workshopId: In(workshopIds),
      status: 'waitlisted',
    });
  }

  /** People checked in per workshop: confirmed places with a check-in time (kept when the registration is anonymised). */
  checkedInByWorkshop(m: EntityManager | null, workshopIds: number[]): Promise<Map<number, number>> {
    return this.countPer(m, RegistrationWorkshopEntity, 'workshop_id', workshopIds, {
      workshopId: In(workshopIds),
      status: 'confirmed',
      checkedInAt: Not(IsNull()),
    });
  }
}
