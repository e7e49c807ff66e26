import { Injectable } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import type {
  CreateReceipt,
  Receipt,
  ReceiptFilter,
  ReceiptPage,
  ReverseReceipt,
  SignOffQueue,
  SignOffStep,
  UpdateReceipt,
} from '@wir/shared';
import { RECEIPT_FILE_MAX_BYTES, UPDATE_RECEIPT_SCHEMAS } from '@wir/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError } from '#api/platform/errors/domain.error';
import { fieldErrorsFromIssues } from '#api/platform/errors/problem.filter';
import type { Download } from '#api/platform/export/download';
import type { GrantEntity } from './grant.entity';
import { GrantsRepository } from './grants.repository';
import { FRESH_RECEIPT } from './fresh-receipt.constant';
import { assertOpenForBookings } from './grant-bookings.util';
import { ReceiptEntity } from './receipt.entity';
import { cleanFileName, contentMatchesType, isReceiptFileType, withTypeExtension } from './receipt-file.util';
import { ReceiptFilesService } from './receipt-files.service';
import { signOffState, toReceipt } from './receipt.mapper';
import { receiptAllowedActions, receiptRules } from './receipt-rules.util';
import { ReceiptMeasuresPort } from './receipt-measures.port';
import { ReceiptsRepository } from './receipts.repository';
import { GrantError } from './grants.errors';

const QUEUE_LIMIT = 200;
const germanDate = (iso: string) => iso.split('-').reverse().join('.');
const numberTaken = (n: string) =>
  new GrantError('receipt_number_taken', `Receipt number "${n}" is used already in this grant.`, {
    params: { receiptNumber: n },
    errors: [{ path: 'receiptNumber', message: 'is used already in this grant' }],
  });

/**
 * Receipts (Belege): booked by finance, signed off twice (sachlich richtig, then rechnerisch richtig
 * by another person). A signed receipt never changes; a correction is a reversal entry.
 */
@Injectable()
export class ReceiptsService {
  constructor(
    private readonly receipts: ReceiptsRepository,
    private readonly grants: GrantsRepository,
    private readonly files: ReceiptFilesService,
    private readonly measures: ReceiptMeasuresPort,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  private async dtos(m: EntityManager | null, rows: ReceiptEntity[]): Promise<Receipt[]> {
    const names = await this.grants.userNames(
      m,
      rows.flatMap((r) => [r.factualBy, r.arithmeticBy]).filter((id): id is number => id !== null),
    );
    const reversals = await this.receipts.reversalsOf(
      m,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toReceipt(r, names, reversals.get(r.id) ?? null));
  }

  private async dto(m: EntityManager | null, row: ReceiptEntity): Promise<Receipt> {
    return (await this.dtos(m, [row]))[0];
  }

  private async grantOrFail(m: EntityManager | null, grantId: number): Promise<GrantEntity> {
    const grant = await this.grants.findGrant(m, grantId);
    if (!grant) throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
    return grant;
  }

  /** The grant for a write to its receipts; a concurrent change of its period or proof date waits (see findGrantForBooking). */
  private async grantForBooking(m: EntityManager, grantId: number): Promise<GrantEntity> {
    const grant = await this.grants.findGrantForBooking(m, grantId);
    if (!grant) throw new DomainError('not_found', `Grant ${grantId} does not exist.`);
    return grant;
  }

  private async receiptOrFail(m: EntityManager | null, id: number): Promise<ReceiptEntity> {
    const receipt = await this.receipts.findById(m, id);
    if (!receipt) throw new DomainError('not_found', `Receipt ${id} does not exist.`);
    return receipt;
  }

  /** A page of receipts, each with what `actor` may do with it (`allowedActions`). */
  async list(actor: Actor, grantId: number, query: ReceiptFilter): Promise<ReceiptPage> {
    const grant = await this.grantOrFail(null, grantId);
    const { rows, total, sumCents } = await this.receipts.page(grantId, query);
    const items = (await this.dtos(null, rows)).map((dto, i) => ({
      ...dto,
      allowedActions: receiptAllowedActions({ ...rows[i], reversedById: dto.reversedById }, grant, actor),
    }));
    return { items, total, sumCents };
  }

  async get(id: number): Promise<Receipt> {
    return this.dto(null, await this.receiptOrFail(null, id));
  }

  /**
   * Checks a booking against its grant: an expense within the period on a budget line and a measure of this grant,
   * an existing event. What each kind carries is the request schemas' rule (libs/shared receipt.schema.ts).
   */
  private async checkBooking(
    m: EntityManager,
    grant: GrantEntity,
    r: Pick<ReceiptEntity, 'date' | 'kind' | 'budgetLineId' | 'incomeSource' | 'eventId' | 'measureId'>,
  ): Promise<void> {
    // Expenses count only within the funding period; income (e.g. the last payment after the proof of use) may come later.
    if (r.kind === 'expense' && (r.date < grant.periodStart || r.date > grant.periodEnd)) {
      throw new DomainError(
        'validation_failed',
        `The expense date lies outside the funding period ${germanDate(grant.periodStart)}–${germanDate(grant.periodEnd)}.`,
        {
          errors: [{ path: 'date', message: 'must lie within the funding period' }],
        },
      );
    }
    if (r.kind === 'expense') {
      const line = r.budgetLineId === null ? null : await this.grants.findBudgetLine(m, r.budgetLineId);
      if (!line || line.grantId !== grant.id)
        throw new DomainError('validation_failed', 'The budget line is not part of this grant’s finance plan.', {
          errors: [{ path: 'budgetLineId', message: 'no such budget line in this grant' }],
        });
    }
    if (r.eventId !== null && !(await this.receipts.eventExists(m, r.eventId))) {
      throw new DomainError('validation_failed', `Event ${r.eventId} does not exist.`, {
        errors: [{ path: 'eventId', message: 'no such event' }],
      });
    }
    // The measure an expense was spent on must belong to the same grant (its spend counts against the measure's allocation).
    if (r.measureId !== null) {
      if ((await this.measures.grantOf(m, r.measureId)) !== grant.id) {
        throw new DomainError('validation_failed', `Measure ${r.measureId} is not a measure of this grant.`, {
          errors: [{ path: 'measureId', message: 'no such measure in this grant' }],
        });
      }
    }
  }

  create(actor: Actor, grantId: number, input: CreateReceipt): Promise<Receipt> {
    return this.tx.run(async (m) => {
      const grant = await this.grantForBooking(m, grantId);
      assertOpenForBookings(grant);
      const candidate: Omit<ReceiptEntity, 'id'> = {
        grantId,
        receiptNumber: input.receiptNumber,
        date: input.date,
        kind: input.kind,
        payee: input.payee,
        purpose: input.purpose,
        amountCents: input.amountCents,
        budgetLineId: input.kind === 'expense' ? input.budgetLineId : null,
        incomeSource: input.kind === 'income' ? input.incomeSource : null,
        eventId: input.eventId ?? null,
        measureId: input.kind === 'expense' ? (input.measureId ?? null) : null,
        ...FRESH_RECEIPT,
        createdBy: actor.id,
        createdAt: new Date(),
      };
      await this.checkBooking(m, grant, candidate);
      const saved = await this.receipts.insert(m, candidate).catch((e: unknown) => {
        throw isUniqueViolation(e) ? numberTaken(input.receiptNumber) : e;
      });
      const dto = await this.dto(m, saved);
      await this.audit.record(m, actor, { action: 'create', entity: 'receipt', entityId: saved.id, after: dto });
      return dto;
    });
  }

  /**
   * The receipt, locked, of a grant open for bookings. The grant is read (FOR SHARE) before the
   * receipt is locked: grant first, then receipts, is the order of every grant-wide write (period
   * change, retention), so the two never wait for each other in a circle.
   */
  private async lockedWithGrant(m: EntityManager, id: number): Promise<ReceiptEntity> {
    const grant = await this.grantForBooking(m, (await this.receiptOrFail(m, id)).grantId);
    await this.receipts.lock(m, id);
    const receipt = await this.receiptOrFail(m, id);
    assertOpenForBookings(grant);
    return receipt;
  }

  /** Locks the receipt and refuses once anybody has signed it. */
  private async unsignedForChange(m: EntityManager, id: number, what: string): Promise<ReceiptEntity> {
    const receipt = await this.lockedWithGrant(m, id);
    if (receiptRules.signed(receipt)) {
      throw new GrantError(
        'receipt_signed',
        `Receipt ${receipt.receiptNumber} is signed off and cannot be ${what}; book a reversal entry instead.`,
        { params: { receiptNumber: receipt.receiptNumber } },
      );
    }
    return receipt;
  }

  update(actor: Actor, id: number, changes: UpdateReceipt): Promise<Receipt> {
    return this.tx.run(async (m) => {
      const receipt = await this.unsignedForChange(m, id, 'changed');
      if (receiptRules.isReversal(receipt))
        throw new GrantError(
          'receipt_is_reversal',
          'A reversal entry mirrors its original; delete it and book it again instead.',
          { params: { receiptNumber: receipt.receiptNumber } },
        );
      // The kind stays as booked: the change must fit it.
      const fitting = UPDATE_RECEIPT_SCHEMAS[receipt.kind].safeParse(changes);
      if (!fitting.success) {
        throw new DomainError('validation_failed', `The change does not fit a receipt of kind ${receipt.kind}.`, {
          errors: fieldErrorsFromIssues(fitting.error.issues),
        });
      }
      const before = await this.dto(m, receipt);
      const { budgetLineId, incomeSource, ...common } = fitting.data;
      const next: ReceiptEntity = {
        ...receipt,
        ...common,
        budgetLineId: receipt.kind === 'expense' ? (budgetLineId ?? receipt.budgetLineId) : null,
        incomeSource: receipt.kind === 'income' ? (incomeSource ?? receipt.incomeSource) : null,
      };
      await this.checkBooking(m, await this.grantOrFail(m, receipt.grantId), next);
      const saved = await this.receipts.save(m, next).catch((e: unknown) => {
        throw isUniqueViolation(e) ? numberTaken(next.receiptNumber) : e;
      });
      const after = await this.dto(m, saved);
      await this.audit.record(m, actor, { action: 'update', entity: 'receipt', entityId: id, before, after });
      return after;
    });
  }

  async remove(actor: Actor, id: number): Promise<void> {
    const fileKey = await this.tx.run(async (m) => {
      const receipt = await this.unsignedForChange(m, id, 'deleted');
      const before = await this.dto(m, receipt);
      await this.receipts.delete(m, id);
      await this.audit.record(m, actor, { action: 'delete', entity: 'receipt', entityId: id, before });
      return receipt.fileKey;
    });
    await this.files.remove(fileKey);
  }

  signOff(actor: Actor, id: number, step: SignOffStep): Promise<Receipt> {
    return this.tx.run(async (m) => {
      await this.receipts.lock(m, id);
      const receipt = await this.receiptOrFail(m, id);
      const before = await this.dto(m, receipt);
      if (step === 'factual') {
        if (receiptRules.signed(receipt))
          throw new GrantError(
            'receipt_factual_signed_already',
            `Receipt ${receipt.receiptNumber} is signed "sachlich richtig" already.`,
            { params: { receiptNumber: receipt.receiptNumber } },
          );
        receipt.factualBy = actor.id;
        receipt.factualAt = new Date();
      } else {
        if (!receiptRules.signed(receipt))
          throw new GrantError(
            'receipt_needs_factual',
            `Receipt ${receipt.receiptNumber} needs "sachlich richtig" before "rechnerisch richtig".`,
            { params: { receiptNumber: receipt.receiptNumber } },
          );
        if (receipt.arithmeticBy !== null)
          throw new GrantError(
            'receipt_arithmetic_signed_already',
            `Receipt ${receipt.receiptNumber} is signed "rechnerisch richtig" already.`,
            { params: { receiptNumber: receipt.receiptNumber } },
          );
        // Four eyes: the second sign-off must come from another person.
        if (receiptRules.sameSigner(receipt, actor.id))
          throw new GrantError(
            'receipt_same_signer',
            'You signed this receipt as "sachlich richtig"; "rechnerisch richtig" must come from another person.',
            { params: { receiptNumber: receipt.receiptNumber } },
          );
        receipt.arithmeticBy = actor.id;
        receipt.arithmeticAt = new Date();
      }
      const saved = await this.receipts.save(m, receipt);
      const after = await this.dto(m, saved);
      await this.audit.record(m, actor, { action: 'update', entity: 'receipt', entityId: id, before, after });
      return after;
    });
  }

  reverse(actor: Actor, id: number, input: ReverseReceipt): Promise<Receipt> {
    return this.tx.run(async (m) => {
      const original = await this.lockedWithGrant(m, id);
      if (receiptRules.isReversal(original))
        throw new GrantError('receipt_is_reversal', 'A reversal entry cannot be reversed itself.', {
          params: { receiptNumber: original.receiptNumber },
        });
      if (!receiptRules.signed(original))
        throw new GrantError(
          'receipt_not_signed',
          `Receipt ${original.receiptNumber} is not signed yet: change or delete it instead.`,
          { params: { receiptNumber: original.receiptNumber } },
        );
      if ((await this.receipts.reversalsOf(m, [id])).size > 0)
        throw new GrantError('receipt_reversed_already', `Receipt ${original.receiptNumber} is reversed already.`, {
          params: { receiptNumber: original.receiptNumber },
        });
      if (input.date < original.date) {
        throw new DomainError('validation_failed', 'A reversal cannot predate its original.', {
          errors: [{ path: 'date', message: 'must not be before the original receipt' }],
        });
      }
      const receiptNumber = `${original.receiptNumber}-S`;
      // The original is locked and not reversed yet, so a unique violation here is the number.
      const { id: _originalId, ...columns } = original;
      const reversal: Omit<ReceiptEntity, 'id'> = {
        ...columns,
        receiptNumber,
        date: input.date,
        purpose: `Storno ${original.receiptNumber}: ${input.reason}`.slice(0, 500),
        amountCents: -original.amountCents,
        ...FRESH_RECEIPT,
        reversesId: original.id,
        createdBy: actor.id,
        createdAt: new Date(),
      };
      const saved = await this.receipts.insert(m, reversal).catch((e: unknown) => {
        throw isUniqueViolation(e) ? numberTaken(receiptNumber) : e;
      });
      const dto = await this.dto(m, saved);
      await this.audit.record(m, actor, {
        action: 'create',
        entity: 'receipt',
        entityId: saved.id,
        after: { ...dto, reason: input.reason },
      });
      return dto;
    });
  }

  async attachFile(
    actor: Actor,
    id: number,
    contentType: string | undefined,
    rawName: string | undefined,
    content: unknown,
  ): Promise<Receipt> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!isReceiptFileType(type))
      throw new DomainError('validation_failed', 'A receipt file is a PDF, PNG or JPEG.', {
        errors: [{ path: 'file', message: 'must be application/pdf, image/png or image/jpeg' }],
      });
    if (!Buffer.isBuffer(content) || content.length === 0)
      throw new DomainError('validation_failed', 'The file is empty.', {
        errors: [{ path: 'file', message: 'is empty' }],
      });
    if (content.length > RECEIPT_FILE_MAX_BYTES)
      throw new DomainError(
        'validation_failed',
        `The file is larger than ${RECEIPT_FILE_MAX_BYTES / 1024 / 1024} MB.`,
        { errors: [{ path: 'file', message: 'is too large' }] },
      );
    if (!contentMatchesType(content, type))
      throw new DomainError(
        'validation_failed',
        `The file is not a ${type === 'application/pdf' ? 'PDF' : 'picture of that type'}.`,
        { errors: [{ path: 'file', message: 'content does not match its type' }] },
      );
    const key = await this.files.store(content);
    try {
      const { dto, oldKey } = await this.tx.run(async (m) => {
        const receipt = await this.unsignedForChange(m, id, 'given another file');
        const before = await this.dto(m, receipt);
        const oldKey = receipt.fileKey;
        Object.assign(receipt, {
          fileKey: key,
          fileName: cleanFileName(rawName, type),
          fileType: type,
          fileSize: content.length,
        });
        const saved = await this.receipts.save(m, receipt);
        const after = await this.dto(m, saved);
        await this.audit.record(m, actor, { action: 'update', entity: 'receipt', entityId: id, before, after });
        return { dto: after, oldKey };
      });
      await this.files.remove(oldKey);
      return dto;
    } catch (e) {
      await this.files.remove(key);
      throw e;
    }
  }

  async file(id: number): Promise<Download> {
    const receipt = await this.receiptOrFail(null, id);
    if (!receipt.fileKey || !receipt.fileType || !receipt.fileName)
      throw new DomainError('not_found', `Receipt ${receipt.receiptNumber} has no file.`);
    const key = receipt.fileKey;
    // Names stored before the extension rule get it here too.
    return {
      fileName: withTypeExtension(receipt.fileName, receipt.fileType),
      contentType: receipt.fileType,
      write: (out) => pipeline(this.files.open(key), out),
    };
  }

  async queue(actor: Actor): Promise<SignOffQueue> {
    const rows = await this.receipts.signOffQueue(QUEUE_LIMIT);
    const dtos = await this.dtos(null, rows);
    return {
      items: rows.map((r, i) => {
        const nextStep = signOffState(r) === 'open' ? ('factual' as const) : ('arithmetic' as const);
        return {
          ...dtos[i],
          grantTitle: r.grant!.title,
          nextStep,
          canSign: nextStep === 'factual' || !receiptRules.sameSigner(r, actor.id),
        };
      }),
    };
  }
}
