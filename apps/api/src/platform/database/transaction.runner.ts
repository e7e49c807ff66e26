import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '#api/platform/errors/domain.error';

/** How long a transaction may wait for its turn in this process (PostgreSQL's lock_timeout: the same 3 s). */
export const LOCK_WAIT_MS = 3000;

/**
 * Runs work in one database transaction.
 * - SQLite (better-sqlite3) has a single connection, so two concurrent transactions would collide
 *   ("cannot start a transaction within a transaction"): all of them are queued one after another.
 * - PostgreSQL runs them in parallel on the pool. Transactions that would queue on the same row
 *   lock anyway (e.g. every booking of one event) can name a `queueKey`: they then wait in this
 *   process instead of holding a connection while they wait for the lock, which keeps the time the
 *   lock is held short. Other processes are still kept out by the row lock itself.
 * Waiting is bounded: after LOCK_WAIT_MS the caller gets 503 with Retry-After.
 */
@Injectable()
export class TransactionRunner {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>, options: { queueKey?: string } = {}): Promise<T> {
    const key = this.isSqlite ? 'sqlite' : options.queueKey;
    if (!key) return this.dataSource.transaction(work);
    return this.queued(key, () => this.dataSource.transaction(work));
  }

  /**
   * After personal data was erased (retention, erasure on request). SQLite: the erased values are
   * zeroed in the pages (secure_delete), but older page images stay in the -wal file until a
   * checkpoint; this one copies the WAL into the database file and truncates it. It waits its turn
   * like a transaction (a checkpoint cannot run inside one). PostgreSQL: nothing to do here.
   */
  async flushErasedData(): Promise<void> {
    if (!this.isSqlite) return;
    await this.queued('sqlite', () => this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)'));
  }

  private queued<T>(key: string, task: () => Promise<T>): Promise<T> {
    const queuedAt = Date.now();
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => {
      if (Date.now() - queuedAt > LOCK_WAIT_MS)
        throw new DomainError('unavailable', 'The server is busy; please retry.', { retryAfterSeconds: 1 });
      return task();
    });
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
