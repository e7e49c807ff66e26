import { DataSource } from 'typeorm';
import { rawRows } from '#api/platform/database/raw-query.util';
import { OutboxMailSubject1765902000000 } from '#api/migrations/1765902000000-outbox-mail-subject';
import { publishedEvent, participant } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Row = {
  id: number;
  kind: string;
  registration_id?: number | null;
  subject_type?: string | null;
  subject_id?: number | null;
};

/**
 * `outbox_mails.registration_id` became the mail subject (`subject_type`, `subject_id`): rows written
 * before the migration keep their link to the registration, so the participant's export lists them and
 * the erasure deletes them; undoing the migration carries the links back.
 */
describe('migration: the outbox mail subject replaces registration_id', () => {
  let t: TestApp;
  const ds = () => t.app.get(DataSource);
  const ours = new OutboxMailSubject1765902000000().name;
  const mailRows = (columns: string) =>
    rawRows<Row>(ds().manager, `SELECT id, kind, ${columns} FROM outbox_mails ORDER BY id`, []);
  const executed = async () =>
    (await rawRows<{ name: string }>(ds().manager, 'SELECT name FROM migrations', [])).map((r) => r.name);
  /** Undoes the migrations from the newest back to ours (later ones may follow it). */
  const undoOurs = async () => {
    while ((await executed()).includes(ours)) await ds().undoLastMigration({ transaction: 'each' });
  };

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(() => t.close());

  it('carries the registration links over on both databases, and back when undone', async () => {
    const admin = await t.admin();
    await publishedEvent(admin, { slug: 'migration-betreff', capacity: 10 });
    const a = await t.http.post('/api/public/events/migration-betreff/registrations').send(participant());
    const b = await t.http.post('/api/public/events/migration-betreff/registrations').send(participant());
    expect([a.status, b.status]).toEqual([201, 201]);
    const exportedMails = async (token: string) =>
      ((await t.http.get(`/api/public/registrations/${token}/export`)).body as { mails: { kind: string }[] }).mails;
    expect(await exportedMails(a.body.manageToken)).toHaveLength(1);

    // Back to the old schema: the mails written by today's code carry their registration in registration_id.
    await undoOurs();
    expect(await mailRows('registration_id')).toEqual([
      expect.objectContaining({ kind: 'registration_confirmed', registration_id: a.body.id }),
      expect.objectContaining({ kind: 'registration_confirmed', registration_id: b.body.id }),
    ]);
    // A reminder of registration a as the old code wrote it, and a mail that belongs to no registration.
    const now = new Date().toISOString();
    for (const [kind, registrationId] of [
      ['event_reminder', a.body.id],
      ['survey_invitation', null],
    ] as const)
      await rawRows(
        ds().manager,
        `INSERT INTO outbox_mails (kind, to_address, language, payload, status, attempts, next_attempt_at, message_id, registration_id, created_at)
         VALUES ($1, $2, 'de', '{}', 'sent', 1, $3, $4, $5, $3)`,
        [kind, 'old@example.org', now, `<old-${kind}@wir-platform>`, registrationId],
      );

    await ds().runMigrations({ transaction: 'each' });
    expect(await executed()).toContain(ours);
    expect((await mailRows('subject_type, subject_id')).map((r) => [r.kind, r.subject_type, r.subject_id])).toEqual([
      ['registration_confirmed', 'registration', a.body.id],
      ['registration_confirmed', 'registration', b.body.id],
      ['event_reminder', 'registration', a.body.id],
      ['survey_invitation', null, null],
    ]);
    // Through today's code: the export lists the carried-over reminder; the erasure deletes it with the rest.
    expect((await exportedMails(a.body.manageToken)).map((m) => m.kind)).toEqual([
      'registration_confirmed',
      'event_reminder',
    ]);
    expect((await admin.post(`/api/registrations/${a.body.id}/erase`)).status).toBe(200);
    expect((await mailRows('subject_id')).map((r) => [r.kind, r.subject_id])).toEqual([
      ['registration_confirmed', b.body.id],
      ['survey_invitation', null],
    ]);

    await undoOurs();
    expect((await mailRows('registration_id')).map((r) => [r.kind, r.registration_id])).toEqual([
      ['registration_confirmed', b.body.id],
      ['survey_invitation', null],
    ]);
    await ds().runMigrations({ transaction: 'each' });
  });
});
