import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '#api/platform/idempotency/idempotency-key.entity';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { hashToken } from '#api/platform/security/secret-token.util';
import { publishedEvent, participant } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Everything a copy of the database holds: the SQLite file with its WAL (and -shm), or a pg_dump. */
function databaseCopy(t: TestApp): Buffer {
  const db = t.config.database;
  if (db.kind === 'postgres') return execFileSync('pg_dump', ['--no-owner', db.url], { maxBuffer: 64 * 1024 * 1024 });
  return Buffer.concat(
    [db.file, `${db.file}-wal`, `${db.file}-shm`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
  );
}

describe('a copy of the database opens no registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    // No SMTP_URL: mails are .eml files under DATA_DIR/mail, outside the database.
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(() => t.close());

  it('holds no manage token or link of a fresh registration whose mail was sent, nor of a resent link', async () => {
    await publishedEvent(await t.admin(), { slug: 'kopie', capacity: 10 });
    const body = participant({ lastName: 'Kopiererin' });
    const url = '/api/public/events/kopie/registrations';
    const created = await t.http.post(url).set('Idempotency-Key', 'kopie-1').send(body);
    expect(created.status).toBe(201);
    const token: string = created.body.manageToken;
    expect((await t.http.post('/api/public/events/kopie/resend-link').send({ email: body.email })).status).toBe(202);
    expect(await t.app.get(MailWorker).runOnce()).toMatchObject({ sent: 2, failed: 0 });

    // The mails carry the links (that is where they belong) ...
    const mailDir = path.join(t.config.dataDir, 'mail');
    const texts = await Promise.all(
      fs.readdirSync(mailDir).map(async (f) => (await simpleParser(fs.readFileSync(path.join(mailDir, f)))).text ?? ''),
    );
    const links = texts.flatMap((text) =>
      [...text.matchAll(/\/anmeldung\/verwalten\/([A-Za-z0-9_-]{20,})/g)].map((m) => m[1]),
    );
    expect(links).toContain(token);
    const resentToken = links.find((l) => l !== token)!;
    expect(resentToken).toBeDefined();
    // ... and a retry of the registration still gets its token back.
    const replay = await t.http.post(url).set('Idempotency-Key', 'kopie-1').send(body);
    expect(replay.body).toEqual(created.body);

    // In the database: sent mails without their sealed secrets, the stored answer sealed.
    const ds = t.app.get(DataSource);
    const rows = await ds
      .getRepository(OutboxMailEntity)
      .findBy({ subjectType: 'registration', subjectId: created.body.id });
    expect(rows.map((r) => [r.status, r.sealedSecrets, r.payload.manageUrl])).toEqual([
      ['sent', null, null],
      ['sent', null, null],
    ]);
    const stored = await ds.getRepository(IdempotencyKeyEntity).findOneByOrFail({ key: 'kopie-1' });
    expect(stored.responseBody).toMatch(/^v1\./);

    const copy = databaseCopy(t);
    // The copy is of the right data (the registration and its token hash are in it) ...
    expect(copy.includes(body.lastName)).toBe(true);
    expect(copy.includes(hashToken(token))).toBe(true);
    // ... and holds neither token, in any form a link would use.
    for (const secret of [token, resentToken]) {
      expect(copy.includes(secret)).toBe(false);
      expect(copy.includes(Buffer.from(secret, 'base64url').toString('base64'))).toBe(false);
    }
    expect(copy.includes('/anmeldung/verwalten/')).toBe(false);

    // The key that opens sealed values lives beside the database, not in it: the service user's alone.
    const keyFile = path.join(t.config.dataDir, 'secrets.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(copy.includes(fs.readFileSync(keyFile, 'utf8').trim())).toBe(false);
  });
});
