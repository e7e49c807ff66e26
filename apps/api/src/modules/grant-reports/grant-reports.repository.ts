import { Injectable } from '@nestjs/common';
import type { IncomeSource } from '@wir/shared';
import { DataSource } from 'typeorm';
import { rawRead } from '#api/platform/database/raw-query.util';

/** Which receipts form one group of the Belegliste: an expense budget line or an income source. */
export type ReceiptGroupKey =
  { kind: 'expense'; budgetLineId: number } | { kind: 'income'; incomeSource: IncomeSource };

/** A receipt as the Belegliste reads it: signers still as user ids. */
export type ListedReceipt = {
  id: number;
  date: string;
  receiptNumber: string;
  payee: string;
  purpose: string;
  amountCents: number;
  factualById: number | null;
  factualAt: Date | null;
  arithmeticById: number | null;
  arithmeticAt: Date | null;
  reversesNumber: string | null;
};

const PAGE_SIZE = 500;

// Columns come named as the type wants them, so a row needs no copy. The date is read as text
// ('YYYY-MM-DD' on both databases), so no time zone can shift the day.
const SELECT = `SELECT r.id, CAST(r.date AS TEXT) AS date, r.receipt_number AS "receiptNumber", r.payee, r.purpose,
  r.amount_cents AS "amountCents", r.factual_by AS "factualById", r.factual_at AS "factualAt",
  r.arithmetic_by AS "arithmeticById", r.arithmetic_at AS "arithmeticAt", o.receipt_number AS "reversesNumber"
  FROM receipts r LEFT JOIN receipts o ON o.id = r.reverses_id`;

/** SQLite keeps timestamps as UTC text ('2014-05-22 07:30:00.000'); PostgreSQL answers a Date. */
function instant(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}

type RawReceipt = Omit<ListedReceipt, 'factualAt' | 'arithmeticAt' | 'amountCents'> & {
  amountCents: number | string;
  factualAt: Date | string | null;
  arithmeticAt: Date | string | null;
};

function normalised(rows: RawReceipt[]): ListedReceipt[] {
  for (const r of rows) {
    if (typeof r.amountCents !== 'number') r.amountCents = Number(r.amountCents);
    if (typeof r.factualAt === 'string') r.factualAt = instant(r.factualAt);
    if (typeof r.arithmeticAt === 'string') r.arithmeticAt = instant(r.arithmeticAt);
  }
  return rows as ListedReceipt[];
}

/** The queries of the grant reports. Figures of the Verwendungsnachweis come from GrantsService. */
@Injectable()
export class GrantReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One group's receipts in date order, page by page with a keyset on (date, id) along the index
   * receipts(grant_id, budget_line_id | income_source, date, id); the next page is fetched while the
   * caller writes this one. No transaction around the pages: on SQLite it would hold the one connection.
   */
  async *receiptPages(
    grantId: number,
    group: ReceiptGroupKey,
    upTo: string | null = null,
    pageSize = PAGE_SIZE,
  ): AsyncGenerator<ListedReceipt[]> {
    let page = await this.page(grantId, group, upTo, null, pageSize);
    while (page.length > 0) {
      const next = page.length === pageSize ? this.page(grantId, group, upTo, page[page.length - 1], pageSize) : null;
      // When the caller stops early (client gone), the prefetch must not become an unhandled rejection.
      next?.catch(() => undefined);
      yield page;
      if (!next) return;
      page = await next;
    }
  }

  private async page(
    grantId: number,
    group: ReceiptGroupKey,
    upTo: string | null,
    after: ListedReceipt | null,
    pageSize: number,
  ): Promise<ListedReceipt[]> {
    const [column, key] =
      group.kind === 'expense' ? ['budget_line_id', group.budgetLineId] : ['income_source', group.incomeSource];
    const params: unknown[] = [grantId, group.kind, key, pageSize];
    let filter = '';
    if (upTo) {
      params.push(upTo);
      filter += ` AND r.date <= $${params.length}`;
    }
    if (after) {
      params.push(after.date, after.id);
      filter += ` AND (r.date, r.id) > ($${params.length - 1}, $${params.length})`;
    }
    const sql = `${SELECT} WHERE r.grant_id = $1 AND r.kind = $2 AND r.${column} = $3${filter} ORDER BY r.date, r.id LIMIT $4`;
    return normalised(await rawRead<RawReceipt>(this.dataSource, sql, params));
  }

  /** Display names of users (the few who signed receipts off). */
  async userNames(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const placeholders = ids.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await rawRead<{ id: number; display_name: string }>(
      this.dataSource,
      `SELECT id, display_name FROM users WHERE id IN (${placeholders})`,
      ids,
    );
    return new Map(rows.map((u) => [Number(u.id), u.display_name]));
  }
}
