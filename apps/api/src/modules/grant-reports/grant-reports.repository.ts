import { Injectable } from '@nestjs/common';
import type { IncomeSource } from '@wir/shared';
import { DataSource } from 'typeorm';
import { rawRows } from '../../platform/database/raw-query.util';

/** Which receipts form one group of the Belegliste: an expense budget line or an income source. */
export type ReceiptGroupKey = { kind: 'expense'; budgetLineId: number } | { kind: 'income'; incomeSource: IncomeSource };

/** A receipt as the Belegliste reads it: signers still as user ids. */
export type ListedReceipt = {
  id: number;
  date: string;
  receiptNumber: string;
  payee: string;
  purpose: string;
  amountCents: number;
  factualBy: number | null;
  factualAt: Date | null;
  arithmeticBy: number | null;
  arithmeticAt: Date | null;
  reversesNumber: string | null;
};

type RawReceipt = {
  id: number;
  date: string;
  receipt_number: string;
  payee: string;
  purpose: string;
  amount_cents: number | string;
  factual_by: number | null;
  factual_at: Date | string | null;
  arithmetic_by: number | null;
  arithmetic_at: Date | string | null;
  reverses_number: string | null;
};

const PAGE_SIZE = 5000;

// The date is read as text ('YYYY-MM-DD' on both databases), so no time zone can shift the day.
const SELECT = `SELECT r.id, CAST(r.date AS TEXT) AS date, r.receipt_number, r.payee, r.purpose, r.amount_cents,
  r.factual_by, r.factual_at, r.arithmetic_by, r.arithmetic_at, o.receipt_number AS reverses_number
  FROM receipts r LEFT JOIN receipts o ON o.id = r.reverses_id`;

/** SQLite keeps timestamps as UTC text ('2014-05-22 07:30:00.000'); PostgreSQL answers a Date. */
function instant(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}

function toListed(r: RawReceipt): ListedReceipt {
  return {
    id: r.id,
    date: r.date,
    receiptNumber: r.receipt_number,
    payee: r.payee,
    purpose: r.purpose,
    amountCents: Number(r.amount_cents),
    factualBy: r.factual_by,
    factualAt: instant(r.factual_at),
    arithmeticBy: r.arithmetic_by,
    arithmeticAt: instant(r.arithmetic_at),
    reversesNumber: r.reverses_number,
  };
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
  async *receiptPages(grantId: number, group: ReceiptGroupKey, pageSize = PAGE_SIZE): AsyncGenerator<ListedReceipt[]> {
    let page = await this.page(grantId, group, null, pageSize);
    while (page.length > 0) {
      const next = page.length === pageSize ? this.page(grantId, group, page[page.length - 1], pageSize) : null;
      // When the caller stops early (client gone), the prefetch must not become an unhandled rejection.
      next?.catch(() => undefined);
      yield page;
      if (!next) return;
      page = await next;
    }
  }

  private async page(grantId: number, group: ReceiptGroupKey, after: ListedReceipt | null, pageSize: number): Promise<ListedReceipt[]> {
    const [column, key] = group.kind === 'expense' ? ['budget_line_id', group.budgetLineId] : ['income_source', group.incomeSource];
    const params: unknown[] = [grantId, group.kind, key, pageSize];
    let keyset = '';
    if (after) {
      keyset = 'AND (r.date, r.id) > ($5, $6)';
      params.push(after.date, after.id);
    }
    const sql = `${SELECT} WHERE r.grant_id = $1 AND r.kind = $2 AND r.${column} = $3 ${keyset} ORDER BY r.date, r.id LIMIT $4`;
    return (await rawRows<RawReceipt>(this.dataSource.manager, sql, params)).map(toListed);
  }

  /** Display names of users (the few who signed receipts off). */
  async userNames(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const placeholders = ids.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await rawRows<{ id: number; display_name: string }>(this.dataSource.manager, `SELECT id, display_name FROM users WHERE id IN (${placeholders})`, ids);
    return new Map(rows.map((u) => [Number(u.id), u.display_name]));
  }
}
