import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '#api/create-app';
import { loadConfig } from '#api/platform/config/app-config';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { loadOrCreateSecretsKey } from '#api/platform/security/secrets-key.util';
import type { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { mailHarness, smtpMailSuite } from './support/mail-fixtures';
import { SmtpSink } from './support/smtp-sink';
import { ADMIN, TestApp } from './support/test-app';

/** What only PostgreSQL has: row locks skipped by other workers, several API processes on one database. */
describe('mail outbox on PostgreSQL: several workers', () => {
  const suite = smtpMailSuite();
  let sink: SmtpSink;
  let t: TestApp;
  let h: ReturnType<typeof mailHarness>;
  beforeEach(() => ({ sink, t, h } = suite()));

  it('skips rows another process holds locked instead of waiting for them', async () => {
    const rows: OutboxMailEntity[] = [];
    for (let i = 0; i < 4; i++) rows.push(await h.enqueue(`locked${i}@example.org`, 'en', 'registration_changed'));
    const other = t.app.get(DataSource).createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      // Another worker in the middle of its claim holds these two rows.
      await other.query('SELECT id FROM outbox_mails WHERE id = ANY($1) FOR UPDATE', [[rows[0].id, rows[1].id]]);
      const started = Date.now();
      expect(await h.worker.runOnce()).toMatchObject({ sent: 2 });
      expect(Date.now() - started).toBeLessThan(2_500); // not stuck behind lock_timeout (3 s)
      expect(sink.messageIds().sort()).toEqual([rows[2].messageId, rows[3].messageId].sort());
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
    expect(await h.worker.runOnce()).toMatchObject({ sent: 2 });
    expect(sink.messageIds().sort()).toEqual(rows.map((r) => r.messageId).sort());
  });

  it('sends each mail exactly once with two API processes on one PostgreSQL database', async () => {
    if (t.config.database.kind !== 'postgres') throw new Error('postgres only');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-test-'));
    const second = await createApp(
      loadConfig({
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        DATABASE_URL: t.config.database.url,
        SMTP_URL: sink.url,
        MAIL_WORKER_ENABLED: 'false',
        // Every API process of one installation shares the key that seals the mails' secret fields.
        SECRETS_KEY: (t.config.secretsKey ?? loadOrCreateSecretsKey(t.config.dataDir)).toString('base64'),
      }),
    );
    try {
      const rows: OutboxMailEntity[] = [];
      for (let i = 0; i < 40; i++) rows.push(await h.enqueue(`pg${i}@example.org`, 'de', 'registration_changed'));
      const results = await Promise.all([
        h.worker.runOnce(),
        second.get(MailWorker).runOnce(),
        h.worker.runOnce(),
        second.get(MailWorker).runOnce(),
      ]);
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(40);
      expect(sink.messageIds().sort()).toEqual(rows.map((r) => r.messageId).sort());
    } finally {
      await second.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
