import { Injectable } from '@nestjs/common';
import { And, DataSource, type DeepPartial, EntityManager, In, LessThan, MoreThanOrEqual } from 'typeorm';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { EventEntity } from './event.entity';
import { WorkshopEntity } from './workshop.entity';

/** Events and their workshops. Reads take `m: EntityManager | null` first (null: outside a transaction). */
@Injectable()
export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  list(): Promise<EventEntity[]> {
    return this.m(null)
      .getRepository(EventEntity)
      .find({ order: { startsAt: 'DESC' } });
  }

  findById(m: EntityManager | null, id: number): Promise<EventEntity | null> {
    return this.m(m).getRepository(EventEntity).findOneBy({ id });
  }

  findBySlug(m: EntityManager | null, slug: string): Promise<EventEntity | null> {
    return this.m(m).getRepository(EventEntity).findOneBy({ slug });
  }

  listPublished(): Promise<EventEntity[]> {
    return this.m(null)
      .getRepository(EventEntity)
      .find({ where: { status: 'published' }, order: { startsAt: 'ASC' } });
  }

  /** The event's workshops in the order of the programme. */
  workshopsOf(m: EntityManager | null, eventId: number): Promise<WorkshopEntity[]> {
    return this.m(m)
      .getRepository(WorkshopEntity)
      .find({ where: { eventId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** Every event's workshops, by event and then in the order of the programme. */
  allWorkshops(m: EntityManager | null): Promise<WorkshopEntity[]> {
    return this.m(m)
      .getRepository(WorkshopEntity)
      .find({ order: { eventId: 'ASC', startsAt: 'ASC', id: 'ASC' } });
  }

  findWorkshop(m: EntityManager | null, id: number): Promise<WorkshopEntity | null> {
    return this.m(m).getRepository(WorkshopEntity).findOneBy({ id });
  }

  /**
   * Every transaction that changes seats of an event first locks the event row (a no-op UPDATE, the
   * same on PostgreSQL and SQLite), so seat changes of one event run one after another and never deadlock.
   */
  async lockEvent(m: EntityManager, eventId: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(EventEntity)
      .set({ confirmedCount: () => 'confirmed_count' })
      .where('id = :eventId', { eventId })
      .execute();
  }

  insertEvent(m: EntityManager, values: DeepPartial<EventEntity>): Promise<EventEntity> {
    const repo = m.getRepository(EventEntity);
    return repo.save(repo.create(values));
  }

  saveEvent(m: EntityManager, event: EventEntity): Promise<EventEntity> {
    return m.getRepository(EventEntity).save(event);
  }

  insertWorkshop(m: EntityManager, values: DeepPartial<WorkshopEntity>): Promise<WorkshopEntity> {
    const repo = m.getRepository(WorkshopEntity);
    return repo.save(repo.create(values));
  }

  saveWorkshop(m: EntityManager, workshop: WorkshopEntity): Promise<WorkshopEntity> {
    return m.getRepository(WorkshopEntity).save(workshop);
  }

  /** Published or closed events starting in [from, to) (the reminders' candidates). */
  startingBetween(from: Date, to: Date): Promise<EventEntity[]> {
    return this.m(null)
      .getRepository(EventEntity)
      .find({ where: { startsAt: And(MoreThanOrEqual(from), LessThan(to)), status: In(['published', 'closed']) } });
  }

  /** Names for the public form's select and the statistics; the district-wide entry first. */
  municipalityNames(): Promise<{ id: number; name: string }[]> {
    return this.m(null)
      .getRepository(MunicipalityEntity)
      .find({ select: { id: true, name: true }, order: { districtWide: 'DESC', name: 'ASC' } });
  }
}
