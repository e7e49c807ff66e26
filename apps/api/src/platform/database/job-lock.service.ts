import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionRunner } from './transaction.runner';

/** First half of the two-key advisory lock of a scheduled job (the one-key space of the migration lock does not overlap). */
const JOB_LOCK_CLASS = 0x57_49_52; // "WIR"

function jobKey(name: string): number {
  return createHash('sha256').update(name).digest().readInt32BE(0);
}

export type ExclusiveRun<T> = { ran: true; result: T } | { ran: false };

/**
 * One process at a time per scheduled job. On PostgreSQL every API process runs the jobs; the one
 * that gets the job's session advisory lock (on a connection of its own, held for the run) does it,
 * the others skip this round. A process that dies mid-run loses its connection and with it the lock,
 * and the next run picks up what is left. SQLite has a single process.
 */
@Injectable()
export class JobLock {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async runExclusive<T>(name: string, work: () => Promise<T>): Promise<ExclusiveRun<T>> {
    if (this.transactions.isSqlite) return { ran: true, result: await work() };
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let broken: Error | undefined;
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [
        JOB_LOCK_CLASS,
        jobKey(name),
      ])) as { locked: boolean }[];
      if (!locked) return { ran: false };
      try {
        return { ran: true, result: await work() };
      } finally {
        await runner
          .query('SELECT pg_advisory_unlock($1, $2)', [JOB_LOCK_CLASS, jobKey(name)])
          .catch((error: Error) => (broken = error));
      }
    } finally {
      // A connection whose unlock failed may still hold the lock: it is closed, never reused.
      if (broken)
        await (runner as unknown as { releasePostgresConnection(err: Error): Promise<void> }).releasePostgresConnection(
          broken,
        );
      else await runner.release();
    }
  }
}
