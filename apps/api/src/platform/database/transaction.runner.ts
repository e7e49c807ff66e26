import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';

/** How long a transaction may wait for its turn on SQLite (PostgreSQL: lock_timeout, same value). */
export const LOCK_WAIT_MS = 3000;

/**
 * Runs work in one database transaction. SQLite (better-sqlite3) has a single connection, so two
 * concurrent transactions would collide ("cannot start a transaction within a transaction"):
 * there they are queued one after another. PostgreSQL runs them in parallel on the pool.
 */
@Injectable()
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.isSqlite) return this.dataSource.transaction(work);
    const queuedAt = Date.now();
    const result = this.tail.then(() => {
      // Bounded wait: a client gets 503 + Retry-After instead of hanging behind a long queue.
      if (Date.now() - queuedAt > LOCK_WAIT_MS) throw new DomainError('unavailable', 'The server is busy; please retry.', { retryAfterSeconds: 1 });
      return this.dataSource.transaction(work);
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}
