import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { RegistrationEntity } from '../registrations/registration.entity';
import { RegistrationWorkshopEntity } from '../registrations/registration-workshop.entity';
import { EventEntity } from './event.entity';
import { WorkshopEntity } from './workshop.entity';

@Injectable()
export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  list(): Promise<EventEntity[]> {
    return this.m().getRepository(EventEntity).find({ order: { startsAt: 'DESC' } });
  }

  findById(id: number, manager?: EntityManager): Promise<EventEntity | null> {
    return this.m(manager).getRepository(EventEntity).findOneBy({ id });
  }

  findBySlug(slug: string, manager?: EntityManager): Promise<EventEntity | null> {
    return this.m(manager).getRepository(EventEntity).findOneBy({ slug });
  }

  listPublished(): Promise<EventEntity[]> {
    return this.m().getRepository(EventEntity).find({ where: { status: 'published' }, order: { startsAt: 'ASC' } });
  }

  workshopsOf(eventId: number, manager?: EntityManager): Promise<WorkshopEntity[]> {
    return this.m(manager).getRepository(WorkshopEntity).find({ where: { eventId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  findWorkshop(id: number, manager?: EntityManager): Promise<WorkshopEntity | null> {
    return this.m(manager).getRepository(WorkshopEntity).findOneBy({ id });
  }

  /** The registrations' fields the event statistics count (no personal data). */
  registrationFacts(eventId: number): Promise<Pick<RegistrationEntity, 'id' | 'status' | 'createdAt' | 'checkedInAt' | 'municipalityId' | 'organisationType'>[]> {
    return this.m()
      .getRepository(RegistrationEntity)
      .find({ select: { id: true, status: true, createdAt: true, checkedInAt: true, municipalityId: true, organisationType: true }, where: { eventId }, order: { id: 'ASC' } });
  }

  /** Names for the public form's select and the statistics; the district-wide entry first. */
  municipalityNames(): Promise<{ id: number; name: string }[]> {
    return this.m().getRepository(MunicipalityEntity).find({ select: { id: true, name: true }, order: { districtWide: 'DESC', name: 'ASC' } });
  }

  /** Waiting registrations per event, in one grouped query. */
  async waitlistedByEvent(eventIds: number[], manager?: EntityManager): Promise<Map<number, number>> {
    if (eventIds.length === 0) return new Map();
    const rows = await this.m(manager)
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
  async waitlistedByWorkshop(workshopIds: number[], manager?: EntityManager): Promise<Map<number, number>> {
    if (workshopIds.length === 0) return new Map();
    const rows = await this.m(manager)
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
  async checkedInByWorkshop(workshopIds: number[], manager?: EntityManager): Promise<Map<number, number>> {
    if (workshopIds.length === 0) return new Map();
    const rows = await this.m(manager)
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
