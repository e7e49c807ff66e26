import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, LessThanOrEqual, type DeepPartial } from 'typeorm';
import { rawRows } from '#api/platform/database/raw-query.util';
import { displayNamesOf } from '#api/modules/users/display-names.query';
import { BudgetLineEntity } from './budget-line.entity';
import type { StatusFacts } from './budget-status.util';
import { DrawdownEntity } from './drawdown.entity';
import { FundingProgrammeEntity } from './funding-programme.entity';
import { GrantAmendmentEntity } from './grant-amendment.entity';
import { GrantEntity } from './grant.entity';

type SumRow = { key: string | number | null; total: string | number | null };
const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));

/** Queries of programmes, grants, their notices, finance plans and drawdowns. */
@Injectable()
export class GrantsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Saves a new row of `entity` and returns it with its id. */
  private insertRow<E extends object>(m: EntityManager, entity: new () => E, values: DeepPartial<E>): Promise<E> {
    const repo = m.getRepository(entity);
    return repo.save(repo.create(values));
  }

  insertProgramme(m: EntityManager, values: DeepPartial<FundingProgrammeEntity>): Promise<FundingProgrammeEntity> {
    return this.insertRow(m, FundingProgrammeEntity, values);
  }

  insertGrant(m: EntityManager, values: DeepPartial<GrantEntity>): Promise<GrantEntity> {
    return this.insertRow(m, GrantEntity, values);
  }

  /** Saves the grant's columns (without the loaded programme relation). */
  async saveGrant(m: EntityManager, grant: GrantEntity): Promise<void> {
    const { programme: _programme, ...columns } = grant;
    await m.getRepository(GrantEntity).save(columns);
  }

  async insertAmendment(m: EntityManager, values: Omit<GrantAmendmentEntity, 'id'>): Promise<void> {
    await m.getRepository(GrantAmendmentEntity).insert(values);
  }

  /** Throws the driver's unique violation when the finance plan has the code already. */
  insertBudgetLine(m: EntityManager, values: DeepPartial<BudgetLineEntity>): Promise<BudgetLineEntity> {
    return this.insertRow(m, BudgetLineEntity, values);
  }

  saveBudgetLine(m: EntityManager, line: BudgetLineEntity): Promise<BudgetLineEntity> {
    return m.getRepository(BudgetLineEntity).save(line);
  }

  insertDrawdown(m: EntityManager, values: DeepPartial<DrawdownEntity>): Promise<DrawdownEntity> {
    return this.insertRow(m, DrawdownEntity, values);
  }

  saveDrawdown(m: EntityManager, drawdown: DrawdownEntity): Promise<DrawdownEntity> {
    return m.getRepository(DrawdownEntity).save(drawdown);
  }

  programmes(): Promise<FundingProgrammeEntity[]> {
    return this.m()
      .getRepository(FundingProgrammeEntity)
      .find({ order: { year: 'DESC', name: 'ASC' } });
  }

  findProgramme(manager: EntityManager | null, id: number): Promise<FundingProgrammeEntity | null> {
    return this.m(manager).getRepository(FundingProgrammeEntity).findOneBy({ id });
  }

  grants(): Promise<GrantEntity[]> {
    return this.m()
      .getRepository(GrantEntity)
      .find({ relations: { programme: true }, order: { periodStart: 'DESC', id: 'DESC' } });
  }

  findGrant(manager: EntityManager | null, id: number): Promise<GrantEntity | null> {
    return this.m(manager)
      .getRepository(GrantEntity)
      .findOne({ where: { id }, relations: { programme: true } });
  }

  /** Serialises writes that depend on a grant's state (its notices, its drawdown total). */
  async lockGrant(m: EntityManager, id: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(GrantEntity)
      .set({ awardedCents: () => 'awarded_cents' })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * The grant for a booking, read so that a concurrent change of its period or proof date waits for
   * the booking (and the other way round): PostgreSQL `FOR SHARE` against lockGrant's row lock; on
   * SQLite the write transaction already serialises.
   */
  findGrantForBooking(m: EntityManager, id: number): Promise<GrantEntity | null> {
    const qb = m.getRepository(GrantEntity).createQueryBuilder('g').where('g.id = :id', { id });
    if (m.connection.options.type === 'postgres') qb.setLock('pessimistic_read');
    return qb.getOne();
  }

  async confirmErasure(m: EntityManager, id: number, userId: number, at: Date): Promise<void> {
    await m.getRepository(GrantEntity).update({ id }, { erasureConfirmedBy: userId, erasureConfirmedAt: at });
  }

  /** Grants whose proof of use was submitted on or before the day and whose receipts still hold personal data. */
  dueForReceiptPurge(submittedOnOrBefore: string): Promise<GrantEntity[]> {
    return this.m()
      .getRepository(GrantEntity)
      .find({
        where: { proofSubmittedOn: LessThanOrEqual(submittedOnOrBefore), receiptsPurgedAt: IsNull() },
        order: { id: 'ASC' },
      });
  }

  async markReceiptsPurged(m: EntityManager, grantId: number, at: Date): Promise<void> {
    await m.getRepository(GrantEntity).update({ id: grantId }, { receiptsPurgedAt: at });
  }

  amendmentsOf(manager: EntityManager | null, grantId: number): Promise<GrantAmendmentEntity[]> {
    return this.m(manager)
      .getRepository(GrantAmendmentEntity)
      .find({ where: { grantId }, order: { noticeDate: 'ASC', id: 'ASC' } });
  }

  budgetLinesOf(manager: EntityManager | null, grantId: number): Promise<BudgetLineEntity[]> {
    return this.m(manager)
      .getRepository(BudgetLineEntity)
      .find({ where: { grantId }, order: { position: 'ASC', id: 'ASC' } });
  }

  findBudgetLine(manager: EntityManager | null, id: number): Promise<BudgetLineEntity | null> {
    return this.m(manager).getRepository(BudgetLineEntity).findOneBy({ id });
  }

  async nextLinePosition(m: EntityManager, grantId: number): Promise<number> {
    const row = await m
      .getRepository(BudgetLineEntity)
      .createQueryBuilder('l')
      .select('MAX(l.position)', 'max')
      .where('l.grant_id = :grantId', { grantId })
      .getRawOne<{ max: number | string | null }>();
    return num(row?.max) + 1;
  }

  drawdownsOf(manager: EntityManager | null, grantId: number): Promise<DrawdownEntity[]> {
    return this.m(manager)
      .getRepository(DrawdownEntity)
      .find({ where: { grantId }, order: { requestedOn: 'ASC', id: 'ASC' } });
  }

  findDrawdown(manager: EntityManager | null, id: number): Promise<DrawdownEntity | null> {
    return this.m(manager).getRepository(DrawdownEntity).findOneBy({ id });
  }

  userNames(manager: EntityManager | null, ids: number[]): Promise<Map<number, string>> {
    return displayNamesOf(this.m(manager), ids);
  }

  /**
   * Everything the budget status needs, in five aggregate queries; with `upTo`, only what is dated
   * on or before that day (receipts by their date, drawdowns by request and arrival).
   */
  async statusFacts(manager: EntityManager | null, grantId: number, upTo: string | null = null): Promise<StatusFacts> {
    const m = this.m(manager);
    const month = m.connection.options.type === 'postgres' ? "to_char(date, 'YYYY-MM')" : 'substr(date, 1, 7)';
    const until = upTo === null ? '' : 'AND date <= $2';
    const params = upTo === null ? [grantId] : [grantId, upTo];
    const receiptSums = (where: string, key: string) =>
      rawRows<SumRow>(
        m,
        `SELECT ${key} AS key, SUM(amount_cents) AS total FROM receipts WHERE grant_id = $1 ${until} AND ${where} GROUP BY ${key}`,
        params,
      );
    const [byLine, bySource, byMonth, drawdowns, unsigned] = await Promise.all([
      receiptSums("kind = 'expense'", 'budget_line_id'),
      receiptSums("kind = 'income'", 'income_source'),
      receiptSums("kind = 'expense'", month),
      rawRows<{ requested: string | number | null; received: string | number | null }>(
        m,
        upTo === null
          ? 'SELECT SUM(requested_cents) AS requested, SUM(received_cents) AS received FROM drawdowns WHERE grant_id = $1'
          : 'SELECT SUM(CASE WHEN requested_on <= $2 THEN requested_cents ELSE 0 END) AS requested, SUM(CASE WHEN received_on <= $2 THEN received_cents ELSE 0 END) AS received FROM drawdowns WHERE grant_id = $1',
        params,
      ),
      rawRows<{ n: string | number }>(
        m,
        `SELECT COUNT(*) AS n FROM receipts WHERE grant_id = $1 ${until} AND arithmetic_by IS NULL`,
        params,
      ),
    ]);
    const income = { grant: 0, own_share: 0, third_party: 0 };
    for (const r of bySource)
      if (r.key === 'grant' || r.key === 'own_share' || r.key === 'third_party') income[r.key] = num(r.total);
    return {
      actualByLine: new Map(byLine.map((r) => [Number(r.key), num(r.total)])),
      incomeBySource: income,
      expenseByMonth: new Map(byMonth.map((r) => [String(r.key), num(r.total)])),
      drawdownsRequestedCents: num(drawdowns[0]?.requested),
      drawdownsReceivedCents: num(drawdowns[0]?.received),
      unsignedReceipts: num(unsigned[0]?.n),
    };
  }
}
