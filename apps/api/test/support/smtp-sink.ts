import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { envelopeTo: string[]; raw: Buffer; parsed: ParsedMail };

/**
 * A real SMTP server on 127.0.0.1 (any free port) that keeps what it receives, parsed.
 * It can refuse the next messages (after DATA) or a recipient (at RCPT TO), to test retries.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private rejections: { code: number; message: string }[] = [];
  private readonly refusedRecipients = new Map<string, number>();
  private waiters: { count: number; resolve: () => void }[] = [];

  private server!: SMTPServer;

  private constructor() {}

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      disableReverseLookup: true,
      onRcptTo(address, _session, callback) {
        const code = sink.refusedRecipients.get(address.address.toLowerCase());
        if (code) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: code }));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const rejection = sink.rejections.shift();
          if (rejection) return callback(Object.assign(new Error(rejection.message), { responseCode: rejection.code }));
          const raw = Buffer.concat(chunks);
          simpleParser(raw, { skipImageLinks: true })
            .then((parsed) => {
              sink.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
              sink.notify();
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    sink.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return sink;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `count` messages are refused after DATA with `code` (451: try again later; 550/554: refused). */
  rejectNext(count: number, code = 451, message = 'Temporary local problem, try again later'): void {
    for (let i = 0; i < count; i++) this.rejections.push({ code, message });
  }

  /** Refuses this recipient at RCPT TO with `code` until cleared. */
  refuseRecipient(address: string, code = 550): void {
    this.refusedRecipients.set(address.toLowerCase(), code);
  }

  /** Message-IDs of everything received, in order. */
  messageIds(): string[] {
    return this.received.map((m) => m.parsed.messageId ?? '');
  }

  /** Resolves once at least `count` messages have arrived in total. */
  waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${this.received.length} of ${count} mails arrived`)),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  reset(): void {
    this.received.length = 0;
    this.rejections = [];
    this.refusedRecipients.clear();
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    const ready = this.waiters.filter((w) => this.received.length >= w.count);
    this.waiters = this.waiters.filter((w) => this.received.length < w.count);
    for (const w of ready) w.resolve();
  }
}
