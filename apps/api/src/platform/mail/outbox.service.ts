import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SecretBox } from '#api/platform/security/secret-box.service';
import { MailKindRegistry } from './mail-kind.registry';
import { OutboxMailRepository } from './outbox-mail.repository';
import { sealMailSecrets, splitSecrets } from './mail-secrets.util';

export type OutgoingMail = {
  /** A kind some module registered (MailKindRegistry). */
  kind: string;
  to: string;
  language: string;
  /** The kind's payload; its `secretFields` (e.g. the manage link) are stored sealed, never in clear. */
  payload: Record<string, unknown>;
  /** A mail the participant (or someone knowing the address) asked for again: counted per day. */
  linkResend?: boolean;
  registrationId?: number | null;
};

/** Writes mails to the outbox inside the caller's transaction; the mail worker delivers them. */
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
      registrationId: mail.registrationId ?? null,
      createdAt: now,
      sentAt: null,
    });
  }
}
