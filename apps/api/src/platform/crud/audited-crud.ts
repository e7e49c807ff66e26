import type { EntityManager, EntityTarget, FindOptionsOrder, ObjectLiteral } from 'typeorm';
import type { Actor } from '#api/platform/auth/actor';
import type { AuditService } from '#api/platform/audit/audit.service';
import type { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';

type WithId = ObjectLiteral & { id: number };

/**
 * List/create/update for a simple entity, each write audited in its own transaction.
 * Master-data services compose it and add their own checks through `validate`.
 */
export class AuditedCrud<E extends WithId, Out> {
  constructor(
    private readonly options: {
      target: EntityTarget<E>;
      auditName: string;
      label: string;
      order: FindOptionsOrder<E>;
      toDto: (e: E) => Out;
      tx: TransactionRunner;
      audit: AuditService;
      /** Checks against the database inside the write transaction; throw a DomainError to refuse. */
      validate?: (m: EntityManager, candidate: E, existingId: number | null) => Promise<void>;
    },
  ) {}

  async list(manager: EntityManager): Promise<Out[]> {
    const rows = await manager.getRepository(this.options.target).find({ order: this.options.order });
    return rows.map(this.options.toDto);
  }

  create(actor: Actor, input: Partial<E>): Promise<Out> {
    const { target, auditName, toDto, tx, audit, validate } = this.options;
    return tx.run(async (m) => {
      const repo = m.getRepository(target);
      const candidate = repo.create(input as E);
      await validate?.(m, candidate, null);
      const saved = await repo.save(candidate);
      await audit.record(m, actor, { action: 'create', entity: auditName, entityId: saved.id, after: toDto(saved) });
      return toDto(saved);
    });
  }

  update(actor: Actor, id: number, changes: Partial<E>): Promise<Out> {
    const { target, auditName, label, toDto, tx, audit, validate } = this.options;
    return tx.run(async (m) => {
      const repo = m.getRepository(target);
      const existing = await repo.findOneBy({ id } as never);
      if (!existing) throw new DomainError('not_found', `${label} ${id} does not exist.`);
      const before = toDto(existing);
      const candidate = repo.merge(existing, changes as never);
      await validate?.(m, candidate, id);
      const saved = await repo.save(candidate);
      await audit.record(m, actor, { action: 'update', entity: auditName, entityId: id, before, after: toDto(saved) });
      return toDto(saved);
    });
  }
}
