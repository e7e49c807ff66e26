import { Injectable } from '@nestjs/common';
import type { BudgetLine, BudgetStatus, CreateBudgetLine, CreateGrant, Grant, GrantDetail, UpdateBudgetLine, UpdateGrant } from '@wir/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../../platform/audit/audit.service';
import { TransactionRunner } from '../../platform/database/transaction.runner';
import { isUniqueViolation } from '../../platform/database/unique-violation.util';
import { DomainError } from '../../platform/errors/domain.error';
import { berlinIsoDate } from '../../platform/export/german-format.util';
import { BudgetLineEntity } from './budget-line.entity';
import { budgetStatus } from './budget-status.util';
import { assertOpenForBookings } from './grant-bookings.util';
import { GrantAmendmentEntity } from './grant-amendment.entity';
import { GrantEntity } from './grant.entity';
import { lineConsentOf, toAmendment, toBudgetLine, toGrant } from './grant.mapper';
import { GrantsRepository } from './grants.repository';

const codeTaken = (code: string) =>
  new DomainError('conflict', `The finance plan has a line "${code}" already.`, { errors: [{ path: 'code', message: 'is taken already in this finance plan' }] });

/** Grants, their notices (original and amendments) and finance plans; the live ANBest-P status. */
@Injectable()
export class GrantsService {
  constructor(
    private readonly grants: GrantsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(): Promise<Grant[]> {
    return (await this.grants.grants()).map((g) => toGrant(g, g.programme!));
  }

  async get(id: number, manager?: EntityManager): Promise<GrantDetail> {
    const grant = await this.grants.findGrant(id, manager);
    if (!grant) throw new DomainError('not_found', `Grant ${id} does not exist.`);
    const [amendments, lines] = await Promise.all([this.grants.amendmentsOf(id, manager), this.grants.budgetLinesOf(id, manager)]);
    return { ...toGrant(grant, grant.programme!), amendments: amendments.map(toAmendment), budgetLines: lines.map(toBudgetLine) };
  }

  create(actor: Actor, input: CreateGrant): Promise<GrantDetail> {
    return this.tx.run(async (m) => {
      if (!(await this.grants.findProgramme(input.programmeId, m))) {
        throw new DomainError('validation_failed', `Funding programme ${input.programmeId} does not exist.`, { errors: [{ path: 'programmeId', message: 'no such funding programme' }] });
      }
      const repo = m.getRepository(GrantEntity);
      const saved = await repo.save(
        repo.create({
          programmeId: input.programmeId,
          title: input.title,
          recipient: input.recipient ?? '',
          noticeNumber: input.noticeNumber,
          noticeDate: input.noticeDate,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          awardedCents: input.awardedCents,
          financingType: input.financingType,
          sharePercent: input.sharePercent ?? null,
          purpose: input.purpose ?? '',
          ownShareCents: input.ownShareCents ?? 0,
          thirdPartyCents: input.thirdPartyCents ?? 0,
          createdAt: new Date(),
        }),
      );
      await m.getRepository(GrantAmendmentEntity).insert({
        grantId: saved.id,
        kind: 'original',
        noticeNumber: input.noticeNumber,
        noticeDate: input.noticeDate,
        awardedCents: input.awardedCents,
        note: '',
        recordedAt: new Date(),
      });
      const dto = await this.get(saved.id, m);
      await this.audit.record(m, actor, { action: 'create', entity: 'grant', entityId: saved.id, after: dto });
      return dto;
    });
  }

  update(actor: Actor, id: number, changes: UpdateGrant): Promise<GrantDetail> {
    return this.tx.run(async (m) => {
      await this.grants.lockGrant(m, id);
      const before = await this.get(id, m);
      const grant = (await this.grants.findGrant(id, m))!;
      const { amendment, ...fields } = changes;
      const next = { ...grant, ...fields };
      // The combination must hold after the change, not only within the request.
      if (next.periodEnd < next.periodStart) throw new DomainError('validation_failed', 'The period must not end before it starts.', { errors: [{ path: 'periodEnd', message: 'must not be before periodStart' }] });
      if (next.financingType === 'anteil' && next.sharePercent == null)
        throw new DomainError('validation_failed', 'A share-financed grant needs its share.', { errors: [{ path: 'sharePercent', message: 'is required for anteil' }] });
      if (next.financingType !== 'anteil') next.sharePercent = null;
      if (next.proofSubmittedOn !== null && next.proofSubmittedOn < next.periodStart) {
        throw new DomainError('validation_failed', 'The proof of use cannot be submitted before the funding period starts.', { errors: [{ path: 'proofSubmittedOn', message: 'must not be before periodStart' }] });
      }
      if (grant.receiptsPurgedAt && changes.proofSubmittedOn !== undefined && changes.proofSubmittedOn !== grant.proofSubmittedOn) {
        throw new DomainError('conflict', 'The receipts of this grant were erased after their retention period; the submission date stays as it is.');
      }
      if (amendment) {
        if (amendment.noticeDate < before.noticeDate) {
          throw new DomainError('validation_failed', 'An amending notice cannot predate the original notice.', { errors: [{ path: 'amendment.noticeDate', message: 'must not be before the original notice' }] });
        }
        await m.getRepository(GrantAmendmentEntity).insert({
          grantId: id,
          kind: 'amendment',
          noticeNumber: amendment.noticeNumber,
          noticeDate: amendment.noticeDate,
          awardedCents: changes.awardedCents!,
          note: amendment.note ?? '',
          recordedAt: new Date(),
        });
      }
      const { programme: _programme, ...columns } = next;
      await m.getRepository(GrantEntity).save(columns);
      const after = await this.get(id, m);
      await this.audit.record(m, actor, { action: 'update', entity: 'grant', entityId: id, before, after });
      return after;
    });
  }

  addBudgetLine(actor: Actor, grantId: number, input: CreateBudgetLine): Promise<BudgetLine> {
    return this.tx.run(async (m) => {
      const grant = await this.grants.findGrant(grantId, m);
      if (!grant) throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
      assertOpenForBookings(grant);
      await this.grants.lockGrant(m, grantId);
      const repo = m.getRepository(BudgetLineEntity);
      const candidate = repo.create({ grantId, code: input.code, name: input.name, plannedCents: input.plannedCents, position: await this.grants.nextLinePosition(m, grantId) });
      const saved = await repo.save(candidate).catch((e: unknown) => {
        throw isUniqueViolation(e) ? codeTaken(input.code) : e;
      });
      const dto = toBudgetLine(saved);
      await this.audit.record(m, actor, { action: 'create', entity: 'budget_line', entityId: saved.id, after: dto });
      return dto;
    });
  }

  updateBudgetLine(actor: Actor, id: number, changes: UpdateBudgetLine): Promise<BudgetLine> {
    return this.tx.run(async (m) => {
      const line = await this.grants.findBudgetLine(id, m);
      if (!line) throw new DomainError('not_found', `Budget line ${id} does not exist.`);
      assertOpenForBookings((await this.grants.findGrant(line.grantId, m))!);
      const before = toBudgetLine(line);
      const { consent, ...fields } = changes;
      const next: BudgetLineEntity = { ...line, ...fields };
      if (consent === null) Object.assign(next, { consentedOn: null, consentReference: '', consentedUpToCents: null });
      if (consent) {
        if (consent.upToCents <= next.plannedCents) {
          throw new DomainError('validation_failed', 'A consent to exceed the line must allow more than its plan.', { errors: [{ path: 'consent.upToCents', message: 'must be above plannedCents' }] });
        }
        Object.assign(next, { consentedOn: consent.on, consentReference: consent.reference ?? '', consentedUpToCents: consent.upToCents });
      }
      const saved = await m
        .getRepository(BudgetLineEntity)
        .save(next)
        .catch((e: unknown) => {
          throw isUniqueViolation(e) ? codeTaken(changes.code ?? line.code) : e;
        });
      const dto = toBudgetLine(saved);
      await this.audit.record(m, actor, { action: 'update', entity: 'budget_line', entityId: id, before, after: dto });
      return dto;
    });
  }

  /**
   * Plan vs actual with the ANBest-P Nr. 1.2 status of every line. Without `asOf`: everything booked,
   * forecast from today (Berlin). With it: only what is dated up to that day (e.g. an interim report).
   */
  async budgetStatus(grantId: number, asOf?: string): Promise<BudgetStatus> {
    const grant = await this.grants.findGrant(grantId);
    if (!grant) throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
    const [lines, facts] = await Promise.all([this.grants.budgetLinesOf(grantId), this.grants.statusFacts(grantId, asOf ?? null)]);
    return budgetStatus(grant, lines.map((l) => ({ ...l, consent: lineConsentOf(l) })), facts, asOf ?? berlinIsoDate(new Date()));
  }
}
