import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan, Not, type EntityManager } from 'typeorm';
import type { OperationStatus } from '@wir/shared';
import { OperationEntity } from './operation.entity';

const ACTIVE: OperationStatus[] = ['queued', 'running'];
const LIST_LIMIT = 100;

/** Rows of `operations`; writes take the caller's transaction (the service queues them through TransactionRunner). */
@Injectable()
export class OperationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(m: EntityManager | null) {
    return (m ?? this.dataSource.manager).getRepository(OperationEntity);
  }

  insert(m: EntityManager, row: OperationEntity): Promise<unknown> {
    return this.repo(m).insert(row);
  }

  update(m: EntityManager, id: string, patch: Partial<OperationEntity>): Promise<unknown> {
    return this.repo(m).update({ id }, patch);
  }

  find(id: string): Promise<OperationEntity | null> {
    return this.repo(null).findOneBy({ id });
  }

  /** The owner's operations, newest first (at most LIST_LIMIT). */
  ofOwner(ownerUserId: number, activeOnly: boolean): Promise<OperationEntity[]> {
    return this.repo(null).find({
      where: { ownerUserId, ...(activeOnly ? { status: In(ACTIVE) } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: LIST_LIMIT,
    });
  }

  /** Active operations not running in this process whose last sign of life is older than `before`. */
  async staleActive(m: EntityManager, before: Date, liveHere: string[]): Promise<OperationEntity[]> {
    const rows = await this.repo(m).find({
      where: { status: In(ACTIVE), ...(liveHere.length ? { id: Not(In(liveHere)) } : {}) },
    });
    return rows.filter((r) => (r.heartbeatAt ?? r.createdAt).getTime() < before.getTime());
  }

  finishedBefore(m: EntityManager, before: Date): Promise<OperationEntity[]> {
    return this.repo(m).find({ where: { status: Not(In(ACTIVE)), finishedAt: LessThan(before) } });
  }

  async deleteByIds(m: EntityManager, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) await this.repo(m).delete({ id: In(ids.slice(i, i + 500)) });
  }
}
