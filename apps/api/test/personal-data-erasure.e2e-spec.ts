import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { ReceiptRetentionService } from '#api/modules/grants/receipt-retention.service';
import { EventEntity } from '#api/modules/events/event.entity';
import { RetentionService } from '#api/modules/registrations/retention.service';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { publishedEvent, participant } from './support/event-fixtures';
import { expense, wirGrant } from './support/grant-fixtures';
import { startTestApp, TestApp, type Client } from './support/test-app';

const DAY = 86_400_000;

/** Every user table of the database as text (SQLite: sqlite_master; PostgreSQL: information_schema). */
async function databaseText(ds: DataSource): Promise<string> {
  const tables: { name: string }[] =
    ds.options.type === 'postgres'
      ? await ds.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        )
      : await ds.query("SELECT name FROM sqlite_master WHERE type = 'table'");
  expect(tables.map((t) => t.name)).toEqual(
    expect.arrayContaining(['registrations', 'receipts', 'audit_log', 'outbox_mails']),
  );
  const parts: string[] = [];
  for (const { name } of tables) parts.push(`${name}: ${JSON.stringify(await ds.query(`SELECT * FROM "${name}"`))}`);
  return parts.join('\n');
}

/** Every file under DATA_DIR (the SQLite file and its -wal too), searched byte for byte. */
function filesHolding(dir: string, markers: string[]): string[] {
  const hits: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = fs.readFileSync(file);
    for (const marker of markers) if (content.includes(marker)) hits.push(`${path.relative(dir, file)}: ${marker}`);
  }
  return hits;
}

const found = (text: string, markers: string[]) => markers.filter((m) => text.includes(m));

/**
 * Issue 8, item 6: after the retention jobs and an erasure on request, no payee, purpose, participant
 * name or e-mail of an affected record is left anywhere in the database or under DATA_DIR.
 */
describe('retention and erasure leave no personal data behind', () => {
  let t: TestApp;
  let admin: Client;
  const ds = () => t.app.get(DataSource);

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' }); // no SMTP_URL: mails become .eml files in DATA_DIR/mail
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('registrations: an erasure on request at once, the retention job after the event; mails, mail files and audit entries included', async () => {
    const ev = await publishedEvent(admin, {
      slug: 'loeschprobe',
      capacity: 10,
      workshops: [{ capacity: 10, startOffsetH: 1 }],
    });
    const kept = participant({
      firstName: 'Keptfirstqz',
      lastName: 'Keptlastqz',
      email: 'keptqz7@example.org',
      organisationName: 'Keptorgqz',
      accessibilityNeeds: 'Keptneedqz',
    });
    const asked = participant({
      firstName: 'Askfirstqz',
      lastName: 'Asklastqz',
      email: 'askqz7@example.org',
      organisationName: 'Askorgqz',
      workshopIds: ev.workshopIds,
    });
    const keptId = (await t.http.post('/api/public/events/loeschprobe/registrations').send(kept)).body.id as number;
    const askedId = (await t.http.post('/api/public/events/loeschprobe/registrations').send(asked)).body.id as number;
    // A staff change that copied personal fields into the audit log (as a careless change might): blanked too.
    await t.app.get(TransactionRunner).run((m) =>
      t.app.get(AuditService).record(m, null, {
        action: 'update',
        entity: 'registration',
        entityId: keptId,
        before: { status: 'confirmed', email: kept.email },
        after: { status: 'confirmed', lastName: 'Keptlastqz' },
      }),
    );
    expect((await t.app.get(MailWorker).runOnce()).sent).toBeGreaterThanOrEqual(2);

    const keptMarkers = ['Keptfirstqz', 'Keptlastqz', 'keptqz7@example.org', 'Keptorgqz', 'Keptneedqz'];
    const askedMarkers = ['Askfirstqz', 'Asklastqz', 'askqz7@example.org', 'Askorgqz'];
    // The searches find what is there: every marker in the database, the addresses in the mail files.
    expect(found(await databaseText(ds()), [...keptMarkers, ...askedMarkers])).toEqual([
      ...keptMarkers,
      ...askedMarkers,
    ]);
    expect(
      filesHolding(path.join(t.config.dataDir, 'mail'), ['keptqz7@example.org', 'askqz7@example.org']),
    ).toHaveLength(2);

    expect((await admin.post(`/api/registrations/${askedId}/erase`)).status).toBe(200);
    // At once, not after the mail files' 30 days.
    expect(found(await databaseText(ds()), askedMarkers)).toEqual([]);
    expect(filesHolding(t.config.dataDir, askedMarkers)).toEqual([]);
    expect(filesHolding(path.join(t.config.dataDir, 'mail'), ['keptqz7@example.org'])).toHaveLength(1);

    const event = await ds().getRepository(EventEntity).findOneByOrFail({ id: ev.id });
    expect(
      await t.app
        .get(RetentionService)
        .anonymiseExpired(new Date(event.endsAt.getTime() + (event.retentionDays + 1) * DAY)),
    ).toBe(1);
    expect(found(await databaseText(ds()), keptMarkers)).toEqual([]);
    expect(filesHolding(t.config.dataDir, [...keptMarkers, ...askedMarkers])).toEqual([]);

    // Who did what, when, stays.
    const log = (await admin.get('/api/audit-log?entity=registration&limit=500')).body.items.filter(
      (e: { entityId: string }) => e.entityId === String(keptId),
    );
    expect(log).toEqual([
      expect.objectContaining({
        action: 'update',
        before: { status: 'confirmed', email: '' },
        after: { status: 'confirmed', lastName: '' },
      }),
    ]);
    const erasure = (await admin.get('/api/audit-log?entity=registration_personal_data')).body.items.find(
      (e: { entityId: string }) => e.entityId === String(askedId),
    );
    expect(erasure).toMatchObject({ action: 'delete', userEmail: expect.any(String) });
    expect((await admin.get(`/api/events/${ev.id}`)).body.confirmedCount).toBe(1);
  });

  it('receipts: payees, purposes, scans and their copies in the audit log, deleted and changed receipts included', async () => {
    const finance = await t.userWithRoles(['finance']);
    const finance2 = await t.userWithRoles(['finance']);
    const { grant, lines } = await wirGrant(finance);
    const signed = await expense(finance, grant.id, lines[2].id, 80_000, {
      payee: 'Payeeqz Honorarkraft',
      purpose: 'Purposeqz Sprachkurs',
    });
    const scan = Buffer.from('%PDF-1.4\n(Scanqz Rechnung)\n%%EOF\n');
    const put = await finance.agent
      .put(`/api/receipts/${signed.id}/file`)
      .set('X-CSRF-Token', finance.csrf)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', 'Filenameqz.pdf')
      .send(scan);
    expect(put.status).toBe(200);
    expect((await finance.post(`/api/receipts/${signed.id}/sign-off`, { step: 'factual' })).status).toBe(200);
    expect((await finance2.post(`/api/receipts/${signed.id}/sign-off`, { step: 'arithmetic' })).status).toBe(200);
    expect(
      (
        await finance.post(`/api/receipts/${signed.id}/reverse`, {
          date: '2014-12-01',
          reason: 'Reasonqz falscher Empfänger',
        })
      ).status,
    ).toBe(201);
    const changed = await expense(finance, grant.id, lines[4].id, 1_500, {
      payee: 'Oldpayeeqz',
      purpose: 'Oldpurposeqz',
    });
    expect((await finance.patch(`/api/receipts/${changed.id}`, { payee: 'Newpayeeqz' })).status).toBe(200);
    const deleted = await expense(finance, grant.id, lines[4].id, 2_500, {
      payee: 'Deletedpayeeqz',
      purpose: 'Deletedpurposeqz',
    });
    expect((await finance.delete(`/api/receipts/${deleted.id}`)).status).toBe(204);
    // Another grant's receipts stay as they are.
    const other = await wirGrant(finance);
    await expense(finance, other.grant.id, other.lines[0].id, 10, { payee: 'Otherpayeeqz' });

    const markers = [
      'Payeeqz',
      'Purposeqz',
      'Filenameqz',
      'Reasonqz',
      'Oldpayeeqz',
      'Oldpurposeqz',
      'Newpayeeqz',
      'Deletedpayeeqz',
      'Deletedpurposeqz',
    ];
    expect(found(await databaseText(ds()), markers)).toEqual(markers);
    expect(filesHolding(path.join(t.config.dataDir, 'receipts'), ['Scanqz'])).toHaveLength(1);

    expect((await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-03-31' })).status).toBe(200);
    expect((await finance2.post(`/api/grants/${grant.id}/receipt-erasure/confirmation`)).status).toBe(200);
    expect(await t.app.get(ReceiptRetentionService).purgeExpired(new Date('2020-03-31T12:00:00Z'))).toBe(1);

    expect(found(await databaseText(ds()), [...markers, 'Otherpayeeqz'])).toEqual(['Otherpayeeqz']);
    expect(filesHolding(t.config.dataDir, [...markers, 'Scanqz'])).toEqual([]);
    // The log still says who booked, signed and deleted what, when, and for how much.
    const log = (await admin.get('/api/audit-log?entity=receipt&limit=500')).body.items as {
      entityId: string;
      action: string;
      userId: number;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
    const ofSigned = log.filter((e) => e.entityId === String(signed.id));
    expect(ofSigned.map((e) => e.action).sort()).toEqual(['create', 'update', 'update', 'update']);
    expect(
      ofSigned.every((e) => e.after?.amountCents === 80_000 && e.after?.payee === '' && e.after?.purpose === ''),
    ).toBe(true);
    expect(ofSigned.find((e) => e.after?.signOffState === 'complete')).toMatchObject({
      userId: finance2.id,
      after: { arithmeticBy: { id: finance2.id } },
    });
    expect(log.find((e) => e.entityId === String(deleted.id))).toMatchObject({
      action: 'delete',
      userId: finance.id,
      before: { payee: '', purpose: '', amountCents: 2_500 },
    });
  });
});
