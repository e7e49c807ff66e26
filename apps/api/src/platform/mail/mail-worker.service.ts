import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { MailKindRegistry } from './mail-kind.registry';
import { MailRenderer } from './mail-renderer.service';
import { InvalidMailPayloadError } from './mail.errors';
import { describeDeliveryError, isPermanentDeliveryError, MAX_MAIL_ATTEMPTS, retryDelayMs } from './mail-retry.util';
import { MailTransport } from './mail-transport.service';
import type { OutboxMailEntity } from './outbox-mail.entity';
import { OutboxMailRepository, subjectOf } from './outbox-mail.repository';
import { openMailSecrets } from './mail-secrets.util';
import { SealedSecretError, SecretBox } from '#api/platform/security/secret-box.service';

/** How long a claim holds a row; a worker killed mid-way leaves it due again after this. */
export const MAIL_CLAIM_MS = 60_000;
const BATCH_SIZE = 10;
const MAX_BATCHES_PER_RUN = 10;
/** A claimed row is only sent while this much of its claim is left (SMTP timeouts stay below it). */
const CLAIM_MARGIN_MS = 45_000;

export type MailRunResult = { sent: number; retried: number; failed: number; released: number };

/**
 * Delivers the mail outbox: claims due rows in small batches, sends them, marks them sent, or
 * schedules a retry with exponential backoff (failed after MAX_MAIL_ATTEMPTS). Safe to run in
 * several processes at once (see OutboxMailRepository.claimDue). Logs ids and kinds, never
 * addresses or names.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailWorker');
  private timer: NodeJS.Timeout | null = null;
  private readonly runs = new Set<Promise<MailRunResult>>();
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxMailRepository,
    private readonly renderer: MailRenderer,
    private readonly transport: MailTransport,
    private readonly box: SecretBox,
    private readonly kinds: MailKindRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.mail.workerEnabled) return;
    this.logger.log(
      `mail worker started (${this.transport.kind === 'smtp' ? 'SMTP' : `.eml files in ${this.transport.mailDir}`}, every ${this.config.mail.workerIntervalMs} ms)`,
    );
    this.schedule();
  }

  /** Stops the timer and waits for a running delivery; unsent claims of that run are given back. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.runs]);
  }

  /** One pass: delivers due mails until none are left (at most MAX_BATCHES_PER_RUN batches). Public so tests can drive it. */
  runOnce(): Promise<MailRunResult> {
    const run = this.deliverDue();
    this.runs.add(run);
    void run.finally(() => this.runs.delete(run)).catch(() => undefined);
    return run;
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => void this.tick(), this.config.mail.workerIntervalMs);
    this.timer.unref(); // never keeps the process alive
  }

  private async tick(): Promise<void> {
    try {
      await this.runOnce();
    } catch (error) {
      // The database may be away for a moment (or not yet migrated at start): try again next tick.
      this.logger.warn(`mail worker pass failed: ${describeDeliveryError(error)}`);
    } finally {
      this.schedule();
    }
  }

  private async deliverDue(): Promise<MailRunResult> {
    const result: MailRunResult = { sent: 0, retried: 0, failed: 0, released: 0 };
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !this.stopping; batch++) {
      const claimed = await this.outbox.claimDue(BATCH_SIZE, new Date(), MAIL_CLAIM_MS);
      for (const mail of claimed) {
        if (this.stopping || mail.lockedUntil!.getTime() - Date.now() < CLAIM_MARGIN_MS) {
          if (await this.outbox.release(mail)) result.released++;
          continue;
        }
        result[await this.deliver(mail)]++;
      }
      if (claimed.length < BATCH_SIZE) break;
    }
    return result;
  }

  private async deliver(mail: OutboxMailEntity): Promise<'sent' | 'retried' | 'failed'> {
    const ref = `mail ${mail.id} (${mail.kind}, attempt ${mail.attempts})`;
    try {
      const rendered = await this.renderer.render({
        kind: mail.kind,
        language: mail.language,
        payload: this.withSecrets(mail),
        subject: subjectOf(mail),
        messageId: mail.messageId,
      });
      await this.transport.send({
        ...rendered,
        to: mail.toAddress,
        messageId: mail.messageId,
        createdAt: mail.createdAt,
        kind: mail.kind,
      });
    } catch (error) {
      const reason = error instanceof InvalidMailPayloadError ? error.message : describeDeliveryError(error);
      const permanent = error instanceof InvalidMailPayloadError || isPermanentDeliveryError(error);
      if (permanent || mail.attempts >= MAX_MAIL_ATTEMPTS) {
        await this.outbox.markFailed(mail, reason, this.scrubbed(mail));
        this.logger.error(`${ref} failed for good${permanent ? '' : ` after ${mail.attempts} attempts`}: ${reason}`);
        return 'failed';
      }
      const nextAttemptAt = new Date(Date.now() + retryDelayMs(mail.attempts));
      await this.outbox.markRetry(mail, nextAttemptAt, reason);
      this.logger.warn(`${ref} not delivered, retry at ${nextAttemptAt.toISOString()}: ${reason}`);
      return 'retried';
    }
    if (!(await this.outbox.markSent(mail, new Date(), this.scrubbed(mail)))) {
      // Our claim ran out and another worker took the row: it may be delivered twice, with the same Message-ID.
      this.logger.warn(`${ref} delivered, but its claim had been taken over`);
    } else {
      this.logger.debug(`${ref} sent`);
    }
    return 'sent';
  }

  /** The stored payload with its sealed secrets (the manage link) opened; a value that cannot be opened fails the mail for good. */
  private withSecrets(mail: OutboxMailEntity): Record<string, unknown> {
    if (!mail.sealedSecrets) return mail.payload;
    try {
      return { ...mail.payload, ...openMailSecrets(this.box, mail.messageId, mail.sealedSecrets) };
    } catch (error) {
      if (error instanceof SealedSecretError || error instanceof SyntaxError)
        throw new InvalidMailPayloadError(`mail secrets: ${error.message}`);
      throw error;
    }
  }

  /** A payload queued before its kind's secrets were sealed still holds them in clear: without them once the mail is done. */
  private scrubbed(mail: OutboxMailEntity): Record<string, unknown> | undefined {
    const secretFields = this.kinds.find(mail.kind)?.secretFields ?? [];
    const inClear = secretFields.filter((field) => typeof mail.payload[field] === 'string');
    return inClear.length
      ? { ...mail.payload, ...Object.fromEntries(inClear.map((field) => [field, null])) }
      : undefined;
  }
}
