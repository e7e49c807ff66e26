import { Inject, Injectable } from '@nestjs/common';
import type {
  BudgetLine,
  BudgetStatus,
  CreateBudgetLine,
  CreateGrant,
  Grant,
  GrantDetail,
  ReceiptErasure,
  UpdateBudgetLine,
  UpdateGrant,
} from '@wir/shared';
import type { EntityManager } from 'typeorm';
import { berlinIsoDate } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { independentReads } from '#api/platform/database/independent-reads.util';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError } from '#api/platform/errors/domain.error';
import { BudgetLineEntity } from './budget-line.entity';
import { budgetStatus } from './budget-status.util';
import { assertOpenForBookings } from './grant-bookings.util';
import { GrantEntity } from './grant.entity';
import { lineConsentOf, toAmendment, toBudgetLine, toGrant } from './grant.mapper';
import { GrantsRepository } from './grants.repository';
import { erasureSchedule, type ErasureRules } from './receipt-erasure.util';
import { ReceiptsRepository } from './receipts.repository';
import { GrantError } from './grants.errors';

const germanDate = (iso: string) => iso.split('-').reverse().join('.');
/** How many receipt numbers a 409 names before it says "and more". */
const NAMED_RECEIPTS = 20;

const codeTaken = (code: string) =>
  new GrantError('budget_line_code_taken', `The finance plan has a line "${code}" already.`, {
    params: { code },
    errors: [{ path: 'code', message: 'is taken already in this finance plan' }],
  });

/** Grants, their notices (original and amendments) and finance plans; the live ANBest-P status. */
@Injectable()
export class GrantsService {
  constructor(
    private readonly grants: GrantsRepository,
    private readonly receipts: ReceiptsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get erasureRules(): ErasureRules {
    return {
      retentionYears: this.config.jobs.receiptRetentionYears,
      graceDays: this.config.jobs.receiptErasureGraceDays,
    };
  }

  async list(): Promise<Grant[]> {
    return (await this.grants.grants()).map((g) => toGrant(g, g.programme!));
  }

  async get(manager: EntityManager | null, id: number): Promise<GrantDetail> {
    const grant = await this.grants.findGrant(manager, id);
    if (!grant) throw new DomainError('not_found', `Grant ${id} does not exist.`);
    const [amendments, lines, receiptErasure] = await independentReads(manager ?? undefined, [
      () => this.grants.amendmentsOf(manager, id),
      () => this.grants.budgetLinesOf(manager, id),
      () => this.receiptErasure(manager, grant),
    ] as const);
    return {
      ...toGrant(grant, grant.programme!),
      amendments: amendments.map(toAmendment),
      budgetLines: lines.map(toBudgetLine),
      receiptErasure,
    };
  }

  /** What the retention erasure will blank and when, while it is pending (see receipt-erasure.util.ts). */
  private async receiptErasure(manager: EntityManager | null, grant: GrantEntity): Promise<ReceiptErasure | null> {
    if (grant.proofSubmittedOn === null || grant.receiptsPurgedAt !== null) return null;
    const { dueOn, latestOn } = erasureSchedule(grant.proofSubmittedOn, this.erasureRules);
    const people = [grant.proofRecordedBy, grant.erasureConfirmedBy].filter((id): id is number => id !== null);
    const counts = await this.receipts.personalDataCounts(manager, grant.id);
    const names = await this.grants.userNames(manager, people);
    const person = (id: number | null) => (id === null ? null : { id, name: names.get(id) ?? `#${id}` });
    return {
      proofRecordedBy: person(grant.proofRecordedBy),
      proofRecordedAt: grant.proofRecordedAt?.toISOString() ?? null,
      dueOn,
      latestOn,
      due: berlinIsoDate(new Date()) >= dueOn,
      confirmedBy: person(grant.erasureConfirmedBy),
      confirmedAt: grant.erasureConfirmedAt?.toISOString() ?? null,
      receiptCount: counts.receipts,
      scanCount: counts.scans,
    };
  }

  create(actor: Actor, input: CreateGrant): Promise<GrantDetail> {
    return this.tx.run(async (m) => {
      if (!(await this.grants.findProgramme(m, input.programmeId))) {
        throw new DomainError('validation_failed', `Funding programme ${input.programmeId} does not exist.`, {
          errors: [{ path: 'programmeId', message: 'no such funding programme' }],
        });
      }
      const saved = await this.grants.insertGrant(m, {
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
      });
      await this.grants.insertAmendment(m, {
        grantId: saved.id,
        kind: 'original',
        noticeNumber: input.noticeNumber,
        noticeDate: input.noticeDate,
        awardedCents: input.awardedCents,
        note: '',
        recordedAt: new Date(),
      });
      const dto = await this.get(m, saved.id);
      await this.audit.record(m, actor, { action: 'create', entity: 'grant', entityId: saved.id, after: dto });
      return dto;
    });
  }

  update(actor: Actor, id: number, changes: UpdateGrant): Promise<GrantDetail> {
    return this.tx.run(async (m) => {
      await this.grants.lockGrant(m, id);
      const before = await this.get(m, id);
      const grant = (await this.grants.findGrant(m, id))!;
      const { amendment, ...fields } = changes;
      const next = { ...grant, ...fields };
      // The combination must hold after the change, not only within the request.
      if (next.periodEnd < next.periodStart)
        throw new DomainError('validation_failed', 'The period must not end before it starts.', {
          errors: [{ path: 'periodEnd', message: 'must not be before periodStart' }],
        });
      if (next.financingType === 'anteil' && next.sharePercent == null)
        throw new DomainError('validation_failed', 'A share-financed grant needs its share.', {
          errors: [{ path: 'sharePercent', message: 'is required for anteil' }],
        });
      if (next.financingType !== 'anteil') next.sharePercent = null;
      const proofChanged =
        changes.proofSubmittedOn !== undefined && changes.proofSubmittedOn !== grant.proofSubmittedOn;
      // The proof of use covers the whole period, so it goes to the funder after the period ends, and it cannot be dated ahead.
      if (next.proofSubmittedOn !== null && next.proofSubmittedOn < next.periodEnd) {
        throw new DomainError(
          'validation_failed',
          'The proof of use cannot be submitted before the funding period ends.',
          { errors: [{ path: 'proofSubmittedOn', message: 'must not be before periodEnd' }] },
        );
      }
      if (proofChanged && next.proofSubmittedOn !== null && next.proofSubmittedOn > berlinIsoDate(new Date())) {
        throw new DomainError('validation_failed', 'The proof of use cannot be recorded as submitted in the future.', {
          errors: [{ path: 'proofSubmittedOn', message: 'must not be in the future' }],
        });
      }
      if (grant.receiptsPurgedAt && proofChanged) {
        throw new GrantError(
          'grant_proof_date_locked',
          'The receipts of this grant were erased after their retention period; the submission date stays as it is.',
        );
      }
      if (next.periodStart !== grant.periodStart || next.periodEnd !== grant.periodEnd) {
        await this.assertExpensesStayInPeriod(m, grant, next);
      }
      if (proofChanged) {
        // A new date is a new record: its recorder may not confirm the erasure, and an earlier confirmation no longer holds.
        const recorded = next.proofSubmittedOn !== null;
        Object.assign(next, {
          proofRecordedBy: recorded ? actor.id : null,
          proofRecordedAt: recorded ? new Date() : null,
          erasureConfirmedBy: null,
          erasureConfirmedAt: null,
        });
        await this.audit.record(m, actor, {
          action: grant.proofSubmittedOn === null ? 'create' : recorded ? 'update' : 'delete',
          entity: 'grant_proof_of_use',
          entityId: id,
          before: grant.proofSubmittedOn === null ? null : { proofSubmittedOn: grant.proofSubmittedOn },
          after: recorded ? { proofSubmittedOn: next.proofSubmittedOn } : null,
        });
      }
      if (amendment) {
        if (amendment.noticeDate < before.noticeDate) {
          throw new DomainError('validation_failed', 'An amending notice cannot predate the original notice.', {
            errors: [{ path: 'amendment.noticeDate', message: 'must not be before the original notice' }],
          });
        }
        await this.grants.insertAmendment(m, {
          grantId: id,
          kind: 'amendment',
          noticeNumber: amendment.noticeNumber,
          noticeDate: amendment.noticeDate,
          awardedCents: changes.awardedCents!,
          note: amendment.note ?? '',
          recordedAt: new Date(),
        });
      }
      await this.grants.saveGrant(m, next);
      const after = await this.get(m, id);
      await this.audit.record(m, actor, { action: 'update', entity: 'grant', entityId: id, before, after });
      return after;
    });
  }

  /** A changed funding period must still hold every booked expense that lay within the old one (409 naming them). */
  private async assertExpensesStayInPeriod(
    m: EntityManager,
    grant: GrantEntity,
    next: Pick<GrantEntity, 'periodStart' | 'periodEnd'>,
  ): Promise<void> {
    const leaving = await this.receipts.expensesLeaving(
      m,
      grant.id,
      { start: grant.periodStart, end: grant.periodEnd },
      { start: next.periodStart, end: next.periodEnd },
      NAMED_RECEIPTS + 1,
    );
    if (leaving.length === 0) return;
    const names = (rows: typeof leaving) => {
      const numbers = rows.slice(0, NAMED_RECEIPTS).map((r) => r.receiptNumber);
      return `${numbers.join(', ')}${rows.length > NAMED_RECEIPTS ? ' and more' : ''}`;
    };
    const before = leaving.filter((r) => r.date < next.periodStart);
    const after = leaving.filter((r) => r.date > next.periodEnd);
    throw new GrantError(
      'grant_period_strands_expenses',
      `Booked expenses would lie outside the funding period ${germanDate(next.periodStart)}–${germanDate(next.periodEnd)}: ${names(leaving)}. Reverse or rebook them first.`,
      {
        params: {
          periodStart: next.periodStart,
          periodEnd: next.periodEnd,
          receipts: leaving
            .slice(0, NAMED_RECEIPTS)
            .map((r) => r.receiptNumber)
            .join(', '),
          more: leaving.length > NAMED_RECEIPTS ? 'yes' : 'no',
        },
        errors: [
          ...(before.length ? [{ path: 'periodStart', message: `receipts ${names(before)} are dated before it` }] : []),
          ...(after.length ? [{ path: 'periodEnd', message: `receipts ${names(after)} are dated after it` }] : []),
        ],
      },
    );
  }

  /**
   * The second person's go for a due erasure of the receipts' payees, purposes and scans (four eyes:
   * never the one who recorded the proof-of-use date). Without it the erasure waits for the grace period.
   */
  confirmReceiptErasure(actor: Actor, id: number): Promise<GrantDetail> {
    return this.tx.run(async (m) => {
      await this.grants.lockGrant(m, id);
      const grant = await this.grants.findGrant(m, id);
      if (!grant) throw new DomainError('not_found', `Grant ${id} does not exist.`);
      if (grant.proofSubmittedOn === null)
        throw new GrantError(
          'grant_erasure_not_due',
          'The proof of use of this grant has not been submitted; nothing is due for erasure.',
        );
      if (grant.receiptsPurgedAt !== null)
        throw new GrantError('grant_receipts_erased_already', 'The receipts of this grant are erased already.');
      const { dueOn } = erasureSchedule(grant.proofSubmittedOn, this.erasureRules);
      if (berlinIsoDate(new Date()) < dueOn)
        throw new GrantError(
          'grant_erasure_too_early',
          `The receipts must be kept until ${germanDate(dueOn)}; their erasure can be confirmed from that day.`,
          { params: { dueOn } },
        );
      if (grant.erasureConfirmedBy !== null)
        throw new GrantError('grant_erasure_confirmed_already', 'The erasure is confirmed already.');
      if (grant.proofRecordedBy === actor.id)
        throw new GrantError(
          'grant_erasure_same_person',
          'You recorded the proof-of-use date; the erasure must be confirmed by another person.',
        );
      const confirmedAt = new Date();
      await this.grants.confirmErasure(m, id, actor.id, confirmedAt);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'grant_receipt_erasure',
        entityId: id,
        before: { confirmedBy: null },
        after: { confirmedBy: actor.id, confirmedAt: confirmedAt.toISOString(), dueOn },
      });
      return this.get(m, id);
    });
  }

  addBudgetLine(actor: Actor, grantId: number, input: CreateBudgetLine): Promise<BudgetLine> {
    return this.tx.run(async (m) => {
      const grant = await this.grants.findGrant(m, grantId);
      if (!grant) throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
      assertOpenForBookings(grant);
      await this.grants.lockGrant(m, grantId);
      const position = await this.grants.nextLinePosition(m, grantId);
      const saved = await this.grants
        .insertBudgetLine(m, {
          grantId,
          code: input.code,
          name: input.name,
          plannedCents: input.plannedCents,
          position,
        })
        .catch((e: unknown) => {
          throw isUniqueViolation(e) ? codeTaken(input.code) : e;
        });
      const dto = toBudgetLine(saved);
      await this.audit.record(m, actor, { action: 'create', entity: 'budget_line', entityId: saved.id, after: dto });
      return dto;
    });
  }

  updateBudgetLine(actor: Actor, id: number, changes: UpdateBudgetLine): Promise<BudgetLine> {
    return this.tx.run(async (m) => {
      const line = await this.grants.findBudgetLine(m, id);
      if (!line) throw new DomainError('not_found', `Budget line ${id} does not exist.`);
      assertOpenForBookings((await this.grants.findGrant(m, line.grantId))!);
      const before = toBudgetLine(line);
      const { consent, ...fields } = changes;
      const next: BudgetLineEntity = { ...line, ...fields };
      if (consent === null) Object.assign(next, { consentedOn: null, consentReference: '', consentedUpToCents: null });
      if (consent) {
        if (consent.upToCents <= next.plannedCents) {
          throw new DomainError('validation_failed', 'A consent to exceed the line must allow more than its plan.', {
            errors: [{ path: 'consent.upToCents', message: 'must be above plannedCents' }],
          });
        }
        Object.assign(next, {
          consentedOn: consent.on,
          consentReference: consent.reference ?? '',
          consentedUpToCents: consent.upToCents,
        });
      }
      const saved = await this.grants.saveBudgetLine(m, next).catch((e: unknown) => {
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
    const grant = await this.grants.findGrant(null, grantId);
    if (!grant) throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
    const [lines, facts] = await Promise.all([
      this.grants.budgetLinesOf(null, grantId),
      this.grants.statusFacts(null, grantId, asOf ?? null),
    ]);
    return budgetStatus(
      grant,
      lines.map((l) => ({ ...l, consent: lineConsentOf(l) })),
      facts,
      asOf ?? berlinIsoDate(new Date()),
    );
  }
}
