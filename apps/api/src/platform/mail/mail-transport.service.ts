import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createTransport } from 'nodemailer';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { ensurePrivateDir } from '#api/platform/security/private-files.util';
import { emlFileName } from './eml-file-name.util';
import type { RenderedMail } from './mail-kind';

export type MailToDeliver = RenderedMail & {
  to: string;
  /** The outbox row's Message-ID; the same on every attempt, so a duplicate is recognisable. */
  messageId: string;
  /** Used only to name .eml files (sortable by creation). */
  createdAt: Date;
  kind: string;
  /** Resolved catalog language, sent as Content-Language. */
  language: string;
};

// Well below the 60 s claim of a row, so a hanging server cannot make a claim expire mid-send.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Delivers a rendered mail: over SMTP when `SMTP_URL` is set, otherwise as an .eml file under
 * `DATA_DIR/mail` (so the app runs without a mail server).
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp;
  private readonly files;
  readonly mailDir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.mailDir = path.join(config.dataDir, 'mail');
    this.smtp = config.mail.smtpUrl ? createTransport({ url: config.mail.smtpUrl, ...SMTP_TIMEOUTS }) : null;
    this.files = this.smtp ? null : createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  get kind(): 'smtp' | 'eml' {
    return this.smtp ? 'smtp' : 'eml';
  }

  async send(mail: MailToDeliver): Promise<void> {
    const message = {
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      messageId: mail.messageId,
      date: new Date(),
      // No out-of-office replies to a notification (RFC 3834).
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.language },
    };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    const info = await this.files!.sendMail(message);
    await this.writeEml(emlFileName(mail), info.message as Buffer);
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }

  /** Written to a temporary name and renamed, so a reader never sees half a file. */
  private async writeEml(name: string, content: Buffer): Promise<void> {
    await ensurePrivateDir(this.mailDir);
    const target = path.join(this.mailDir, name);
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(temporary, content, { mode: 0o600 });
    await fs.rename(temporary, target);
  }
}
