import { Injectable } from '@nestjs/common';
import type { CreateDrawdown, Drawdown, RecordDrawdownReceipt } from '@wir/shared';
import { formatCents } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { toDrawdown } from './grant.mapper';
import { GrantsRepository } from './grants.repository';
import { GrantError } from './grants.errors';

/** Drawdowns (Mittelabrufe): never more than awarded in total; what arrived is recorded on each. */
@Injectable()
export class DrawdownsService {
  constructor(
    private readonly grants: GrantsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(grantId: number): Promise<Drawdown[]> {
    if (!(await this.grants.findGrant(null, grantId)))
      throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
    return (await this.grants.drawdownsOf(null, grantId)).map(toDrawdown);
  }

  create(actor: Actor, grantId: number, input: CreateDrawdown): Promise<Drawdown> {
    return this.tx.run(async (m) => {
      const grant = await this.grants.findGrant(m, grantId);
      if (!grant) throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
      await this.grants.lockGrant(m, grantId);
      const requested = (await this.grants.drawdownsOf(m, grantId)).reduce((s, d) => s + d.requestedCents, 0);
      if (requested + input.requestedCents > grant.awardedCents) {
        const left = grant.awardedCents - requested;
        throw new GrantError('drawdown_over_award', `Only ${formatCents(left)} of the grant are left to draw down.`, {
          params: { leftCents: left },
          errors: [{ path: 'requestedCents', message: `at most ${left} cents are left of the awarded amount` }],
        });
      }
      const saved = await this.grants.insertDrawdown(m, {
        grantId,
        requestedCents: input.requestedCents,
        requestedOn: input.requestedOn,
        receivedCents: null,
        receivedOn: null,
        note: input.note ?? '',
      });
      const dto = toDrawdown(saved);
      await this.audit.record(m, actor, { action: 'create', entity: 'drawdown', entityId: saved.id, after: dto });
      return dto;
    });
  }

  recordReceipt(actor: Actor, id: number, input: RecordDrawdownReceipt): Promise<Drawdown> {
    return this.tx.run(async (m) => {
      const drawdown = await this.grants.findDrawdown(m, id);
      if (!drawdown) throw new DomainError('not_found', `Drawdown ${id} does not exist.`);
      if (input.receivedCents > drawdown.requestedCents) {
        throw new DomainError('validation_failed', 'More money cannot arrive than was requested.', {
          errors: [{ path: 'receivedCents', message: `must be at most ${drawdown.requestedCents}` }],
        });
      }
      if (input.receivedOn < drawdown.requestedOn) {
        throw new DomainError('validation_failed', 'The money cannot arrive before it was requested.', {
          errors: [{ path: 'receivedOn', message: 'must not be before requestedOn' }],
        });
      }
      const before = toDrawdown(drawdown);
      const saved = await this.grants.saveDrawdown(m, {
        ...drawdown,
        receivedCents: input.receivedCents,
        receivedOn: input.receivedOn,
      });
      const dto = toDrawdown(saved);
      await this.audit.record(m, actor, { action: 'update', entity: 'drawdown', entityId: id, before, after: dto });
      return dto;
    });
  }
}
