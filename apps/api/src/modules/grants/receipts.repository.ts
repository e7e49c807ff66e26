import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, IsNull, Not, SelectQueryBuilder } from 'typeorm';
import type { ReceiptFilter } from '@wir/shared';
import { EventEntity } from '#api/modules/events/event.entity';
import { ReceiptEntity } from './receipt.entity';

/** Queries of receipts (Belege). */
@Injectable()
export class ReceiptsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** A new receipt (or reversal entry); throws the driver's unique violation when its number is used in the grant. */
  insert(m: EntityManager, receipt: Omit<ReceiptEntity, 'id'>): Promise<ReceiptEntity> {
    const repo = m.getRepository(ReceiptEntity);
    return repo.save(repo.create(receipt));
  }

  save(m: EntityManager, receipt: ReceiptEntity): Promise<ReceiptEntity> {
    return m.getRepository(ReceiptEntity).save(receipt);
  }

  async delete(m: EntityManager, id: number): Promise<void> {
    await m.getRepository(ReceiptEntity).delete({ id });
  }

  eventExists(m: EntityManager, id: number): Promise<boolean> {
    return m.getRepository(EventEntity).existsBy({ id });
  }

  findById(manager: EntityManager | null, id: number): Promise<ReceiptEntity | null> {
    return this.m(manager).getRepository(ReceiptEntity).findOneBy({ id });
  }

  /** Row lock for sign-off, edit, delete and reversal; on SQLite the write transaction already serialises. */
  async lock(m: EntityManager, id: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(ReceiptEntity)
      .set({ amountCents: () => 'amount_cents' })
      .where('id = :id', { id })
      .execute();
  }

  /** Reversal entries of the given receipts: original id → reversal id. */
  async reversalsOf(manager: EntityManager | null, ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.m(manager)
      .getRepository(ReceiptEntity)
      .find({ where: { reversesId: In(ids) }, select: { id: true, reversesId: true } });
    return new Map(rows.map((r) => [r.reversesId!, r.id]));
  }

  async page(grantId: number, f: ReceiptFilter): Promise<{ rows: ReceiptEntity[]; total: number; sumCents: number }> {
    const filtered = () => this.filtered(grantId, f);
    const [rows, agg] = await Promise.all([
      filtered()
        .orderBy('r.date', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .skip((f.page - 1) * f.pageSize)
        .take(f.pageSize)
        .getMany(),
      filtered()
        .select('COUNT(*)', 'n')
        .addSelect('SUM(r.amount_cents)', 'sum')
        .getRawOne<{ n: string | number; sum: string | number | null }>(),
    ]);
    return { rows, total: Number(agg?.n ?? 0), sumCents: Number(agg?.sum ?? 0) };
  }

  private filtered(grantId: number, f: ReceiptFilter): SelectQueryBuilder<ReceiptEntity> {
    const qb = this.m()
      .getRepository(ReceiptEntity)
      .createQueryBuilder('r')
      .where('r.grant_id = :grantId', { grantId });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    if (f.budgetLineId) qb.andWhere('r.budget_line_id = :line', { line: f.budgetLineId });
    if (f.incomeSource) qb.andWhere('r.income_source = :source', { source: f.incomeSource });
    if (f.measureId) qb.andWhere('r.measure_id = :measure', { measure: f.measureId });
    if (f.signOffState === 'open') qb.andWhere('r.factual_by IS NULL');
    if (f.signOffState === 'factual') qb.andWhere('r.factual_by IS NOT NULL AND r.arithmetic_by IS NULL');
    if (f.signOffState === 'complete') qb.andWhere('r.arithmetic_by IS NOT NULL');
    if (f.from) qb.andWhere('r.date >= :from', { from: f.from });
    if (f.to) qb.andWhere('r.date <= :to', { to: f.to });
    if (f.q) {
      const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("LOWER(r.receipt_number) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(r.payee) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(r.purpose) LIKE :like ESCAPE '\\'", { like }),
        ),
      );
    }
    return qb;
  }

  /**
   * Expenses (reversal entries included) dated within `from`..`to` but outside `next`: the ones a
   * change of the funding period would push out of it. At most `limit`, by date.
   */
  expensesLeaving(
    m: EntityManager,
    grantId: number,
    from: { start: string; end: string },
    next: { start: string; end: string },
    limit: number,
  ): Promise<ReceiptEntity[]> {
    return m
      .getRepository(ReceiptEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.receiptNumber', 'r.date'])
      .where("r.grant_id = :grantId AND r.kind = 'expense'", { grantId })
      .andWhere('r.date >= :fromStart AND r.date <= :fromEnd', { fromStart: from.start, fromEnd: from.end })
      .andWhere('(r.date < :nextStart OR r.date > :nextEnd)', { nextStart: next.start, nextEnd: next.end })
      .orderBy('r.date', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(limit)
      .getMany();
  }

  /** What the retention erasure would blank: receipts with a payee, purpose or scan, and the scans. */
  async personalDataCounts(
    manager: EntityManager | null,
    grantId: number,
  ): Promise<{ receipts: number; scans: number }> {
    const row = await this.m(manager)
      .getRepository(ReceiptEntity)
      .createQueryBuilder('r')
      .select("SUM(CASE WHEN r.payee <> '' OR r.purpose <> '' OR r.file_key IS NOT NULL THEN 1 ELSE 0 END)", 'receipts')
      .addSelect('SUM(CASE WHEN r.file_key IS NOT NULL THEN 1 ELSE 0 END)', 'scans')
      .where('r.grant_id = :grantId', { grantId })
      .getRawOne<{ receipts: string | number | null; scans: string | number | null }>();
    return { receipts: Number(row?.receipts ?? 0), scans: Number(row?.scans ?? 0) };
  }

  async fileKeysOf(m: EntityManager, grantId: number): Promise<string[]> {
    const rows = await m
      .getRepository(ReceiptEntity)
      .find({ where: { grantId, fileKey: Not(IsNull()) }, select: { id: true, fileKey: true } });
    return rows.map((r) => r.fileKey!);
  }

  /** Blanks what names people (payee, purpose, the scan); returns how many receipts were touched. */
  async erasePersonalData(m: EntityManager, grantId: number): Promise<number> {
    const result = await m
      .getRepository(ReceiptEntity)
      .update({ grantId }, { payee: '', purpose: '', fileKey: null, fileName: null, fileType: null, fileSize: null });
    return result.affected ?? 0;
  }

  /** Receipts of all grants still waiting for a sign-off, oldest first. */
  signOffQueue(limit: number): Promise<ReceiptEntity[]> {
    return this.m()
      .getRepository(ReceiptEntity)
      .find({
        where: { arithmeticBy: IsNull() },
        relations: { grant: true },
        order: { date: 'ASC', id: 'ASC' },
        take: limit,
      });
  }
}
