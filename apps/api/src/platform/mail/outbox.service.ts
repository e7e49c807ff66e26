import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SecretBox } from '#api/platform/security/secret-box.service';
import { emlFileName } from './eml-file-name.util';
import { MailKindRegistry } from './mail-kind.registry';
import { assertMailSubject, type MailSubject } from './mail-subject';
import { OutboxMailRepository, type SubjectMail } from './outbox-mail.repository';
import { sealMailSecrets, splitSecrets } from './mail-secrets.util';

export type { SubjectMail } from './outbox-mail.repository';

export type OutgoingMail = {
  /** A kind some module registered (MailKindRegistry). */
  kind: string;
  to: string;
  language: string;
  /** The kind's payload; its `secretFields` (e.g. the manage link) are stored sealed, never in clear. */
  payload: Record<string, unknown>;
  /** A mail the participant (or someone knowing the address) asked for again: counted per subject and day. */
  linkResend?: boolean;
  /** What the mail is about: the module asks for (and erases) the subject's mails by it. */
  subject?: MailSubject | null;
};

/**
 * Writes mails to the outbox inside the caller's transaction (the mail worker delivers them), and
 * answers what a module asks about the mails of its subjects: no module queries `outbox_mails` itself.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly box: SecretBox,
    private readonly kinds: MailKindRegistry,
    private readonly outbox: OutboxMailRepository,
  ) {}

  async enqueue(m: EntityManager, mail: OutgoingMail, now = new Date()): Promise<void> {
    const definition = this.kinds.find(mail.kind);
    if (!definition) throw new Error(`mail kind ${mail.kind} is not registered`);
    if (mail.subject) assertMailSubject(mail.subject);
    const messageId = `<${randomUUID()}@wir-platform>`;
    const { clear, secrets } = splitSecrets(mail.payload, definition.secretFields ?? []);
    await this.outbox.insert(m, {
      kind: mail.kind,
      toAddress: mail.to,
      language: mail.language,
      payload: clear, // free-form JSON
      sealedSecrets: secrets ? sealMailSecrets(this.box, messageId, secrets) : null,
      linkResend: mail.linkResend ?? false,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastError: null,
      messageId,
      subjectType: mail.subject?.type ?? null,
      subjectId: mail.subject?.id ?? null,
      createdAt: now,
      sentAt: null,
    });
  }

  /** The subject's mails, oldest first (kind, state, times; no address, payload or secrets). `m`: null outside a transaction. */
  mailsOf(m: EntityManager | null, subject: MailSubject): Promise<SubjectMail[]> {
    return this.outbox.ofSubject(m, subject);
  }

  /** Delivery of the mails of these subjects (one type): sent, still to send (pending or sending), failed for good. */
  async deliveryOf(type: string, ids: number[]): Promise<{ sent: number; pending: number; failed: number }> {
    const counts = await this.outbox.countStatesOf(type, ids);
    return { sent: counts.sent, pending: counts.pending + counts.sending, failed: counts.failed };
  }

  /** How many mails the subject has had resent since `since` (a link asked for again). */
  countLinkResendsSince(m: EntityManager, subject: MailSubject, since: Date): Promise<number> {
    return this.outbox.countLinkResendsSince(m, subject, since);
  }

  /** Of these subjects (one type), the ids that have a mail of `kind` already, queued or sent. */
  subjectsWithMail(m: EntityManager, type: string, ids: number[], kind: string): Promise<Set<number>> {
    return ids.length ? this.outbox.subjectIdsWithKind(m, type, ids, kind) : Promise.resolve(new Set());
  }

  /**
   * Erasure: deletes the subject's mails, sent or not, in the caller's transaction; returns the names of
   * their .eml files (no-SMTP fallback) for `deleteEmlFiles` once the transaction is committed.
   */
  async eraseMailsOf(m: EntityManager, subject: MailSubject): Promise<string[]> {
    return this.erase(m, await this.outbox.ofSubject(m, subject));
  }

  /** Erasure of a person known only by address (a contact): their mails of these kinds, as `eraseMailsOf`. */
  async eraseMailsTo(m: EntityManager, address: string, kinds: readonly string[]): Promise<string[]> {
    return this.erase(m, await this.outbox.sentTo(m, address, kinds));
  }

  private async erase(m: EntityManager, mails: SubjectMail[]): Promise<string[]> {
    await this.outbox.deleteByIds(
      m,
      mails.map((mail) => mail.id),
    );
    return mails.map(emlFileName);
  }
}
