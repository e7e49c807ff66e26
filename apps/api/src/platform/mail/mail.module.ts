import { Global, Module } from '@nestjs/common';
import { MailRenderer } from './mail-renderer.service';
import { MailTransport } from './mail-transport.service';
import { MailWorker } from './mail-worker.service';
import { OutboxMailRepository } from './outbox-mail.repository';
import { OutboxService } from './outbox.service';

/** The mail outbox: OutboxService writes mails in the caller's transaction, MailWorker delivers them. */
@Global()
@Module({
  providers: [OutboxService, OutboxMailRepository, MailRenderer, MailTransport, MailWorker],
  exports: [OutboxService, MailRenderer, MailWorker],
})
export class MailModule {}
