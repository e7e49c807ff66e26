import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In, MoreThanOrEqual, QueryDeepPartialEntity } from 'typeorm';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import type { MailSubject } from './mail-subject';
import { OutboxMailEntity } from './outbox-mail.entity';

/** What the outbox tells a module about one of its subject's mails. */
export type SubjectMail = Pick<
  OutboxMailEntity,
  'id' | 'kind' | 'status' | 'linkResend' | 'createdAt' | 'sentAt' | 'messageId'
>;

const SUBJECT_MAIL_COLUMNS = {
  id: true,
  kind: true,
  status: true,
  linkResend: true,
  createdAt: true,
  sentAt: true,
  messageId: true,
} as const;

/** The row's subject, or null when it has none. */
export function subjectOf(mail: Pick<OutboxMailEntity, 'subjectType' | 'subjectId'>): MailSubject | null {
  return mail.subjectType !== null && mail.subjectId !== null ? { type: mail.subjectType, id: mail.subjectId } : null;
}

const whereSubject = (subject: MailSubject) => ({ subjectType: subject.type, subjectId: subject.id });

/**
 * The outbox queries: the mail worker's, and those a module asks through OutboxService about the
 * mails of its subjects. Every worker write is fenced by `attempts` (it grows by one per claim): a
 * worker whose claim expired and was taken over can no longer change the row. The worker's statements
 * run through the TransactionRunner, because on SQLite a statement outside it would join whatever
 * transaction holds the single connection at that moment.
 */
@Injectable()
export class OutboxMailRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
  ) {}

  /** A new mail, inside the caller's transaction (the change that causes it). */
  async insert(m: EntityManager, mail: Omit<OutboxMailEntity, 'id'>): Promise<void> {
    await m.getRepository(OutboxMailEntity).insert(mail as QueryDeepPartialEntity<OutboxMailEntity>);
  }

  /** A subject's mails, oldest first. `m`: null outside a transaction. */
  ofSubject(m: EntityManager | null, subject: MailSubject): Promise<SubjectMail[]> {
    return (m ?? this.dataSource.manager).getRepository(OutboxMailEntity).find({
      where: whereSubject(subject),
      select: SUBJECT_MAIL_COLUMNS,
      order: { id: 'ASC' },
    });
  }

  /** A subject's mails sent because someone asked for a link again, queued since `since`. */
  countLinkResendsSince(m: EntityManager, subject: MailSubject, since: Date): Promise<number> {
    return m
      .getRepository(OutboxMailEntity)
      .countBy({ ...whereSubject(subject), linkResend: true, createdAt: MoreThanOrEqual(since) });
  }

  /** Which of these ids of one subject type have a mail of this kind (queued or sent). */
  async subjectIdsWithKind(m: EntityManager, type: string, ids: number[], kind: string): Promise<Set<number>> {
    const found = new Set<number>();
    // In slices, so that a large event stays below the databases' limits on bound parameters.
    for (let start = 0; start < ids.length; start += 500) {
      const rows = await m.getRepository(OutboxMailEntity).find({
        where: { subjectType: type, subjectId: In(ids.slice(start, start + 500)), kind },
        select: { id: true, subjectId: true },
      });
      for (const row of rows) found.add(row.subjectId!);
    }
    return found;
  }

  /** How many mails of these subjects (one type) are in each state. */
  async countStatesOf(type: string, ids: number[]): Promise<Record<OutboxMailEntity['status'], number>> {
    const counts = { pending: 0, sending: 0, sent: 0, failed: 0 };
    for (let start = 0; start < ids.length; start += 500) {
      const rows: { status: OutboxMailEntity['status']; n: string | number }[] = await this.dataSource
        .getRepository(OutboxMailEntity)
        .createQueryBuilder('mail')
        .select('mail.status', 'status')
        .addSelect('COUNT(*)', 'n')
        .where({ subjectType: type, subjectId: In(ids.slice(start, start + 500)) })
        .groupBy('mail.status')
        .getRawMany();
      for (const row of rows) counts[row.status] += Number(row.n);
    }
    return counts;
  }

  /** Mails of these kinds to an address (whatever their subject), oldest first. */
  sentTo(m: EntityManager, address: string, kinds: readonly string[]): Promise<SubjectMail[]> {
    if (kinds.length === 0) return Promise.resolve([]);
    return m.getRepository(OutboxMailEntity).find({
      where: { toAddress: address, kind: In([...kinds]) },
      select: SUBJECT_MAIL_COLUMNS,
      order: { id: 'ASC' },
    });
  }

  async deleteByIds(m: EntityManager, ids: number[]): Promise<void> {
    if (ids.length > 0) await m.getRepository(OutboxMailEntity).delete({ id: In(ids) });
  }

  /**
   * Claims up to `limit` due mails (pending, or `sending` with an expired claim) until
   * `now + leaseMs`. On PostgreSQL the rows are selected `FOR UPDATE SKIP LOCKED`, so
   * concurrent workers in several processes claim disjoint rows; SQLite has one writer.
   */
  claimDue(limit: number, now: Date, leaseMs: number): Promise<OutboxMailEntity[]> {
    return this.transactions.run(async (m) => {
      const query = m
        .getRepository(OutboxMailEntity)
        .createQueryBuilder('mail')
        .where(
          new Brackets((due) =>
            due
              .where('mail.status = :pending', { pending: 'pending' })
              .orWhere('(mail.status = :sending AND mail.lockedUntil < :now)', { sending: 'sending', now }),
          ),
        )
        .andWhere('mail.nextAttemptAt <= :now', { now })
        .orderBy('mail.id', 'ASC')
        .limit(limit);
      if (!this.transactions.isSqlite) query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const rows = await query.getMany();
      if (rows.length === 0) return [];

      const lockedUntil = new Date(now.getTime() + leaseMs);
      await m
        .createQueryBuilder()
        .update(OutboxMailEntity)
        .set({ status: 'sending', lockedUntil, attempts: () => 'attempts + 1' })
        .whereInIds(rows.map((r) => r.id))
        .execute();
      return rows.map((r) => Object.assign(r, { status: 'sending' as const, lockedUntil, attempts: r.attempts + 1 }));
    });
  }

  /**
   * True when the row was still this claim's (not taken over after an expired claim). The sealed
   * secrets go with it: a delivered mail keeps no manage link, not even encrypted. `scrubbedPayload`
   * replaces a payload that still held a link in clear (queued before links were sealed).
   */
  markSent(claim: Claim, now: Date, scrubbedPayload?: Record<string, unknown>): Promise<boolean> {
    return this.updateClaimed(claim, {
      status: 'sent',
      sentAt: now,
      lockedUntil: null,
      lastError: null,
      sealedSecrets: null,
      ...(scrubbedPayload ? { payload: scrubbedPayload as never } : {}),
    });
  }

  markRetry(claim: Claim, nextAttemptAt: Date, error: string): Promise<boolean> {
    return this.updateClaimed(claim, { status: 'pending', nextAttemptAt, lockedUntil: null, lastError: error });
  }

  /** Failed for good: it will not be sent, so its secrets are wiped as well. */
  markFailed(claim: Claim, error: string, scrubbedPayload?: Record<string, unknown>): Promise<boolean> {
    return this.updateClaimed(claim, {
      status: 'failed',
      lockedUntil: null,
      lastError: error,
      sealedSecrets: null,
      ...(scrubbedPayload ? { payload: scrubbedPayload as never } : {}),
    });
  }

  /** Gives an unsent claim back (shutdown, or its claim would run out): due again at once, the attempt not counted. */
  release(claim: Claim): Promise<boolean> {
    return this.updateClaimed(claim, { status: 'pending', lockedUntil: null, attempts: () => 'attempts - 1' });
  }

  private updateClaimed(claim: Claim, changes: QueryDeepPartialEntity<OutboxMailEntity>): Promise<boolean> {
    return this.transactions.run(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(OutboxMailEntity)
        .set(changes)
        .where('id = :id AND status = :sending AND attempts = :attempts', {
          id: claim.id,
          sending: 'sending',
          attempts: claim.attempts,
        })
        .execute();
      return (result.affected ?? 0) > 0;
    });
  }
}

export type Claim = Pick<OutboxMailEntity, 'id' | 'attempts'>;
