import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { rawRows } from '#api/platform/database/raw-query.util';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { RateLimitCounterEntity } from './rate-limit-counter.entity';

export type CounterState = { hits: number; expiresAt: number };

/** The rate-limit counters' queries; each is one atomic statement. */
@Injectable()
export class RateLimitRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * Counts one hit and returns the count including it. The window starts with the first hit and
   * lasts `windowMs`; an expired counter starts again at 1. One upsert, so concurrent hits in any
   * number of processes each get their own count (the row lock on PostgreSQL, the single writer on SQLite).
   */
  async hit(key: string, windowMs: number, now: number): Promise<CounterState> {
    const [row] = await this.run((m) =>
      rawRows<{ hits: number | string; expires_at: number | string }>(
        m,
        `INSERT INTO rate_limit_counters ("key", hits, expires_at) VALUES ($1, 1, $2)
         ON CONFLICT ("key") DO UPDATE SET
           hits = CASE WHEN rate_limit_counters.expires_at <= $3 THEN 1 ELSE rate_limit_counters.hits + 1 END,
           expires_at = CASE WHEN rate_limit_counters.expires_at <= $3 THEN excluded.expires_at ELSE rate_limit_counters.expires_at END
         RETURNING hits, expires_at`,
        [key, now + windowMs, now],
      ),
    );
    return { hits: Number(row.hits), expiresAt: Number(row.expires_at) };
  }

  /** Takes back one hit of a window that is still running. */
  async refund(key: string, now: number): Promise<void> {
    await this.run((m) =>
      rawRows(m, 'UPDATE rate_limit_counters SET hits = hits - 1 WHERE "key" = $1 AND hits > 0 AND expires_at > $2', [
        key,
        now,
      ]),
    );
  }

  async deleteExpired(now: number): Promise<number> {
    return this.run(
      async (m) =>
        (await m.getRepository(RateLimitCounterEntity).delete({ expiresAt: LessThanOrEqual(now) })).affected ?? 0,
    );
  }

  /** SQLite has one connection: a statement outside the TransactionRunner would join whatever transaction holds it. */
  private run<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.isSqlite ? this.transactions.run(work) : work(this.dataSource.manager);
  }
}
