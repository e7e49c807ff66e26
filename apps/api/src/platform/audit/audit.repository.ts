import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, entry: Omit<AuditEntryEntity, 'id'>): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert(entry as never); // before/after are free-form JSON
  }

  /** Newest first, keyset-paged by id. */
  page(filter: { entity?: string; userId?: number; beforeId?: number; limit: number }): Promise<AuditEntryEntity[]> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(filter.limit);
    if (filter.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.userId) qb.andWhere('a.user_id = :userId', { userId: filter.userId });
    if (filter.beforeId) qb.andWhere('a.id < :beforeId', { beforeId: filter.beforeId });
    return qb.getMany();
  }
}
