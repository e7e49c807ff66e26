import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SecretBox } from '../security/secret-box.service';
import { MailKind, OutboxMailEntity } from './outbox-mail.entity';
import { type MailSecrets, sealMailSecrets } from './mail-secrets.util';

export type OutgoingMail = {
  kind: MailKind;
  to: string;
  language: string;
  payload: Record<string, unknown>;
  /** What the mail shows but the database must not hold in clear (the manage link): stored sealed. */
  secrets?: MailSecrets;
  /** A mail the participant (or someone knowing the address) asked for again: counted per day. */
  linkResend?: boolean;
  registrationId?: number | null;
};

/** Writes mails to the outbox inside the caller's transaction; the mail worker delivers them. */
@Injectable()
export class OutboxService {
  constructor(private readonly box: SecretBox) {}

  async enqueue(manager: EntityManager, mail: OutgoingMail, now = new Date()): Promise<void> {
    const messageId = `<${randomUUID()}@wir-platform>`;
    await manager.getRepository(OutboxMailEntity).insert({
      kind: mail.kind,
      toAddress: mail.to,
      language: mail.language,
      payload: mail.payload as never, // free-form JSON
      sealedSecrets: mail.secrets ? sealMailSecrets(this.box, messageId, mail.secrets) : null,
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
