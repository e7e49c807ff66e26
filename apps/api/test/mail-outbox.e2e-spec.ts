import * as fs from 'node:fs';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { mailHarness, smtpMailSuite, payload, PNG_SIGNATURE } from './support/mail-fixtures';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, TestApp } from './support/test-app';

describe('mail outbox: delivery over SMTP', () => {
  const suite = smtpMailSuite();
  let sink: SmtpSink;
  let h: ReturnType<typeof mailHarness>;
  beforeEach(() => ({ sink, h } = suite()));

  it('delivers a confirmation in Arabic and one in German, each once, with calendar file and QR code', async () => {
    const ar = await h.enqueue('amina.haddad@example.org', 'ar', 'registration_confirmed', payload('Amina', 'Haddad'));
    const de = await h.enqueue('jonas.becker@example.org', 'de', 'registration_confirmed', payload('Jonas', 'Becker'));

    expect(await h.worker.runOnce()).toEqual({ sent: 2, retried: 0, failed: 0, released: 0 });
    expect(sink.received).toHaveLength(2);

    const arMail = sink.received.find((m) => m.envelopeTo.includes('amina.haddad@example.org'))!.parsed;
    expect(arMail.messageId).toBe(ar.messageId);
    expect(arMail.subject).toContain('تم تأكيد تسجيلك');
    expect(arMail.text).toContain('Amina Haddad');
    expect(arMail.text).toContain('http://localhost:4200/anmeldung/verwalten/tok_123');
    expect(arMail.text).toContain('22‏/05‏/2014، 09:00–16:30'); // Europe/Berlin, Arabic order, Latin digits
    expect(arMail.html).toContain('<html lang="ar" dir="rtl">');
    expect(arMail.html).toContain('src="cid:checkin-qr@wir-platform"');

    const deMail = sink.received.find((m) => m.envelopeTo.includes('jonas.becker@example.org'))!.parsed;
    expect(deMail.messageId).toBe(de.messageId);
    expect(deMail.subject).toBe('Anmeldung bestätigt: Interkulturelle Öffnung im Rettungsdienst');
    expect(deMail.text).toContain('Guten Tag Jonas Becker,');
    expect(deMail.text).toContain('22.05.2014, 09:00–16:30 Uhr');
    expect(deMail.html).toContain('<html lang="de" dir="ltr">');
    expect(deMail.from?.text).toContain('WIR Kreis Offenbach');
    expect(deMail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(deMail.headers.get('content-language')).toBe('de');

    for (const [mail, row] of [
      [arMail, ar],
      [deMail, de],
    ] as const) {
      const calendar = mail.attachments.find((a) => a.contentType === 'text/calendar');
      expect(calendar?.filename).toBe('rettungsdienst-2014.ics');
      const ics = calendar!.content.toString('utf8');
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toContain('DTSTART:20140522T070000Z');
      expect(ics).toContain('DTEND:20140522T143000Z');
      expect(ics).toContain(`UID:registration-${row.subjectId}@wir-platform`);
      expect(ics).toContain('LOCATION:Rettungsdienstschule\\, Dietzenbach');
      const qr = mail.attachments.find((a) => a.contentType === 'image/png');
      expect(qr?.cid).toBe('checkin-qr@wir-platform');
      expect(qr!.content.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    }

    for (const row of [ar, de]) {
      const after = await h.reload(row);
      expect(after).toMatchObject({ status: 'sent', attempts: 1, lockedUntil: null, lastError: null });
      expect(after.sentAt).toBeInstanceOf(Date);
    }
    expect(await h.worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0, released: 0 });
    expect(sink.received).toHaveLength(2);
  });

  it('retries a temporary refusal later with backoff, then delivers', async () => {
    sink.rejectNext(1, 451);
    const row = await h.enqueue(
      'selin.arslan@example.org',
      'tr',
      'registration_waitlisted',
      payload('Selin', 'Arslan', { status: 'waitlisted', checkInCode: null, waitlistPosition: 3 }),
    );
    const before = Date.now();

    expect(await h.worker.runOnce()).toMatchObject({ sent: 0, retried: 1 });
    const waiting = await h.reload(row);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(before + 8_000); // 10 s ± 10 %
    expect(waiting.nextAttemptAt.getTime()).toBeLessThan(Date.now() + 12_000);
    expect(waiting.lastError).toContain('451');
    expect(waiting.lastError).not.toContain('selin.arslan@example.org');
    expect(sink.received).toHaveLength(0);

    // Not due yet: nothing happens.
    expect(await h.worker.runOnce()).toMatchObject({ sent: 0, retried: 0 });

    await h.rows.update({ id: row.id }, { nextAttemptAt: new Date(Date.now() - 1000) });
    expect(await h.worker.runOnce()).toMatchObject({ sent: 1, retried: 0 });
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0].parsed;
    expect(mail.subject).toBe('Bekleme listesi: Interkulturelle Öffnung im Rettungsdienst');
    expect(mail.text).toContain('Bekleme listesindeki sıranız: 3.');
    expect(mail.attachments).toHaveLength(0);
    expect(await h.reload(row)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up at once on a refused recipient, and after the last attempt otherwise', async () => {
    sink.refuseRecipient('nobody@example.org', 550);
    const refused = await h.enqueue('nobody@example.org', 'en');
    expect(await h.worker.runOnce()).toMatchObject({ failed: 1 });
    const failed = await h.reload(refused);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lockedUntil: null });
    expect(failed.lastError).toMatch(/550/);
    expect(failed.lastError).not.toContain('nobody@example.org');

    const tired = await h.enqueue('tired@example.org', 'en');
    await h.rows.update({ id: tired.id }, { attempts: 7 });
    sink.rejectNext(1, 451);
    expect(await h.worker.runOnce()).toMatchObject({ failed: 1 });
    expect(await h.reload(tired)).toMatchObject({ status: 'failed', attempts: 8 });
    expect(await h.worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0, released: 0 });
  });

  it('delivers a mail whose worker died after claiming it, once its claim expired, and leaves a live claim alone', async () => {
    const orphaned = await h.enqueue('orphan@example.org', 'de');
    const live = await h.enqueue('live@example.org', 'de');
    // As a worker killed right after claiming leaves them:
    await h.rows.update(
      { id: orphaned.id },
      { status: 'sending', attempts: 1, lockedUntil: new Date(Date.now() - 1000) },
    );
    await h.rows.update(
      { id: live.id },
      { status: 'sending', attempts: 1, lockedUntil: new Date(Date.now() + 60_000) },
    );

    expect(await h.worker.runOnce()).toMatchObject({ sent: 1 });
    expect(await h.worker.runOnce()).toMatchObject({ sent: 0 });
    expect(sink.messageIds()).toEqual([orphaned.messageId]);
    expect(await h.reload(orphaned)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await h.reload(live)).toMatchObject({ status: 'sending', attempts: 1 });
  });

  it('sends each of 30 mails exactly once with two workers running at the same time', async () => {
    const rows: OutboxMailEntity[] = [];
    // A kind without QR code: PNG encoding is slow inside Jest's sandbox (fast in a real process).
    for (let i = 0; i < 30; i++)
      rows.push(await h.enqueue(`person${i}@example.org`, ['de', 'en', 'tr', 'ar'][i % 4], 'registration_changed'));

    const results = await Promise.all([h.worker.runOnce(), h.worker.runOnce()]);
    expect(results[0].sent + results[1].sent).toBe(30);
    expect(results.every((r) => r.sent > 0)).toBe(true); // both really worked

    expect(sink.messageIds().sort()).toEqual(rows.map((r) => r.messageId).sort());
    expect(await h.rows.countBy({ status: 'sent' })).toBe(30);
  });
});

describe('mail outbox: the worker in the background', () => {
  it('delivers by itself when enabled and stops with the app', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_WORKER_ENABLED: 'true', MAIL_WORKER_INTERVAL_MS: '50' });
    try {
      const row = await mailHarness(t).enqueue('background@example.org', 'en', 'event_reminder');
      await sink.waitFor(1);
      expect(sink.received[0].parsed.messageId).toBe(row.messageId);
      expect(sink.received[0].parsed.subject).toBe(
        'Reminder: Interkulturelle Öffnung im Rettungsdienst on Thursday, 22 May 2014',
      );
    } finally {
      await t.close();
      await sink.close();
    }
  });
});

describe('mail outbox: shutdown', () => {
  it('gives back the mails it claimed but did not send when the app stops mid-run', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_WORKER_ENABLED: 'false' });
    try {
      const h = mailHarness(t);
      for (let i = 0; i < 5; i++) await h.enqueue(`stop${i}@example.org`, 'de', 'registration_changed');
      const run = h.worker.runOnce();
      await sink.waitFor(1);
      const stopped = h.worker.onModuleDestroy();
      const result = await run;
      await stopped;
      expect(result.sent).toBeGreaterThanOrEqual(1);
      expect(result.released).toBeGreaterThanOrEqual(1);
      expect(result.sent + result.released).toBe(5);
      expect(await h.rows.countBy({ status: 'sent' })).toBe(result.sent);
      // Given back untouched: due at once for the next process, the attempt not counted.
      expect(await h.rows.countBy({ status: 'pending', attempts: 0 })).toBe(result.released);
      expect(sink.received).toHaveLength(result.sent);
    } finally {
      await t.close();
      await sink.close();
    }
  });
});

describe('mail outbox: without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MAIL_WORKER_ENABLED: 'false' });
  });
  afterAll(() => t.close());

  it('writes each mail as an .eml file under DATA_DIR/mail that parses back', async () => {
    const h = mailHarness(t);
    const confirmed = await h.enqueue('eml.one@example.org', 'ar');
    const cancelled = await h.enqueue(
      'eml.two@example.org',
      'xx',
      'registration_cancelled',
      payload('Eda', 'Kaya', { status: 'cancelled', checkInCode: null }),
    );
    expect(await h.worker.runOnce()).toMatchObject({ sent: 2 });

    const dir = path.join(t.config.dataDir, 'mail');
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true);
    const parsed = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
    const one = parsed.find((m) => m.messageId === confirmed.messageId)!;
    expect(one.subject).toContain('تم تأكيد تسجيلك');
    expect(one.attachments.map((a) => a.contentType).sort()).toEqual(['image/png', 'text/calendar']);
    const two = parsed.find((m) => m.messageId === cancelled.messageId)!;
    expect(two.subject).toBe('Abmeldung bestätigt: Interkulturelle Öffnung im Rettungsdienst'); // unknown language → German
    expect(two.text).not.toContain('/anmeldung/verwalten/');
    expect((await h.reload(confirmed)).status).toBe('sent');
  });
});
