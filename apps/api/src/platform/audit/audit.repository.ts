import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, entry: Omit<AuditEntryEntity, 'id'>): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert(entry as never); // before/after are free-form JSON
  }

  /** The entries about these records of one kind (e.g. registration 17), for blanking personal data. */
  entriesAbout(m: EntityManager, entities: string[], entityIds: string[]): Promise<AuditEntryEntity[]> {
    if (entities.length === 0 || entityIds.length === 0) return Promise.resolve([]);
    return m
      .getRepository(AuditEntryEntity)
      .find({ where: { entity: In(entities), entityId: In(entityIds) }, order: { id: 'ASC' } });
  }

  /**
   * Entries of `entity` whose before or after JSON mentions `"field":value`, e.g. every receipt of a
   * grant, deleted ones included. A text pre-filter (it also finds 30 for 3): callers check the JSON.
   */
  entriesMentioning(m: EntityManager, entity: string, field: string, value: number): Promise<AuditEntryEntity[]> {
    const like = `%"${field}":${value}%`;
    return m
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.entity = :entity', { entity })
      .andWhere(new Brackets((w) => w.where('a.before LIKE :like', { like }).orWhere('a.after LIKE :like', { like })))
      .orderBy('a.id', 'ASC')
      .getMany();
  }

  async replaceChanges(m: EntityManager, id: number, before: unknown, after: unknown): Promise<void> {
    await m.getRepository(AuditEntryEntity).update({ id }, { before, after } as never); // before/after are free-form JSON
  }

  /** Newest first, keyset-paged by id. */
  page(filter: { entity?: string; userId?: number; beforeId?: number; limit: number }): Promise<AuditEntryEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(filter.limit);
    if (filter.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.userId) qb.andWhere('a.user_id = :userId', { userId: filter.userId });
    if (filter.beforeId) qb.andWhere('a.id < :beforeId', { beforeId: filter.beforeId });
    return qb.getMany();
  }
}
