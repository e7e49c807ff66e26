import { Global, Module } from '@nestjs/common';
import { MailKindRegistry } from './mail-kind.registry';
import { MailRenderer } from './mail-renderer.service';
import { MailTransport } from './mail-transport.service';
import { MailWorker } from './mail-worker.service';
import { OutboxMailRepository } from './outbox-mail.repository';
import { OutboxService } from './outbox.service';

/**
 * The mail outbox: OutboxService writes mails in the caller's transaction, MailWorker delivers them.
 * Modules bring their own mail kinds (payload contract, texts, secret fields): `registerMailKinds(...)`.
 */
@Global()
@Module({
  providers: [MailKindRegistry, OutboxService, OutboxMailRepository, MailRenderer, MailTransport, MailWorker],
  exports: [MailKindRegistry, OutboxService, MailRenderer, MailWorker],
})
export class MailModule {}
