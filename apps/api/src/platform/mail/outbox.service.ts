import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MailKind, OutboxMailEntity } from './outbox-mail.entity';

export type OutgoingMail = {
  kind: MailKind;
  to: string;
  language: string;
  payload: Record<string, unknown>;
  registrationId?: number | null;
};

/** Writes mails to the outbox inside the caller's transaction; the mail worker delivers them. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, mail: OutgoingMail, now = new Date()): Promise<void> {
    await manager.getRepository(OutboxMailEntity).insert({
      kind: mail.kind,
      toAddress: mail.to,
      language: mail.language,
      payload: mail.payload as never, // free-form JSON
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastError: null,
      messageId: `<${randomUUID()}@wir-platform>`,
      registrationId: mail.registrationId ?? null,
      createdAt: now,
      sentAt: null,
    });
  }
}
