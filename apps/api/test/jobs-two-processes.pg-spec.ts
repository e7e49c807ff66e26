import { Client } from 'pg';
import { participant } from './support/event-fixtures';
import { SmtpSink } from './support/smtp-sink';
import { type ApiProcesses, loginCookies, spawnApisOnNewDatabase } from './support/spawn-api';

const ADMIN = { email: 'admin@example.org', password: 'Zwei-Prozesse-Jobs-2014!' };
const hour = 3_600_000;
const day = 24 * hour;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 40_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Two API processes on one PostgreSQL database, each running the scheduled jobs and the mail worker
 * every few hundred milliseconds: each reminder is enqueued and sent once, each registration is
 * anonymised once.
 */
describe('scheduled jobs in two API processes on PostgreSQL', () => {
  let two: ApiProcesses;
  let sink: SmtpSink;
  let db: Client;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    two = await spawnApisOnNewDatabase('jobs', {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
      SMTP_URL: sink.url,
      MAIL_WORKER_INTERVAL_MS: '150',
      JOBS_INTERVAL_MS: '100',
      REMINDER_HOURS_BEFORE: '48',
    });
    db = new Client({ connectionString: two.databaseUrl });
    await db.connect();
  }, 60_000);

  afterAll(async () => {
    await db?.end();
    await two?.stop();
    await sink.close();
  });

  it('sends each reminder once and anonymises each registration once', async () => {
    const [a, b] = two.bases;
    const { cookie, csrf } = await loginCookies(a, ADMIN);
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
    const staff = async (method: string, url: string, body: object) => {
      const res = await fetch(`${a}${url}`, { method, headers, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: number };
    };
    const event = (slug: string, startsAt: number, capacity: number) =>
      staff('POST', '/events', {
        kind: 'conference',
        slug,
        title: { de: `Veranstaltung ${slug}` },
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 8 * hour).toISOString(),
        capacity,
        retentionDays: 30,
        status: 'published',
      });

    // Tomorrow's event: every confirmed participant is due a reminder at once.
    const tomorrow = await event('morgen', Date.now() + day, 8);
    const registered = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${i % 2 ? a : b}/public/events/morgen/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(participant()),
        }).then((r) => r.json() as Promise<{ id: number; status: string }>),
      ),
    );
    const confirmed = registered.filter((r) => r.status === 'confirmed').map((r) => r.id);
    expect(confirmed).toHaveLength(8);

    // An event whose registrations all fall due for anonymisation at the same moment.
    const past = await event('vorbei', Date.now() + 30 * day, 200);
    for (let i = 0; i < 120; i++)
      await staff('POST', `/events/${past.id}/registrations`, participant({ lastName: `Vergangen ${i}` }));
    await staff('PATCH', `/events/${past.id}`, {
      startsAt: new Date(Date.now() - 400 * day).toISOString(),
      endsAt: new Date(Date.now() - 400 * day + 8 * hour).toISOString(),
    });

    const reminderRows = async () =>
      (
        await db.query<{ subject_id: number; message_id: string; status: string }>(
          "SELECT subject_id, message_id, status FROM outbox_mails WHERE kind = 'event_reminder' AND subject_type = 'registration'",
        )
      ).rows;
    await until('the reminders to be sent', async () => {
      const rows = await reminderRows();
      return rows.length >= confirmed.length && rows.every((r) => r.status === 'sent');
    });
    await until(
      'the past event to be anonymised',
      async () =>
        (await db.query('SELECT 1 FROM registrations WHERE event_id = $1 AND anonymised_at IS NULL', [past.id]))
          .rowCount === 0,
    );
    // A few more rounds of both processes' jobs and mail workers: nothing more may happen.
    await new Promise((r) => setTimeout(r, 1500));

    const rows = await reminderRows();
    expect(rows.map((r) => r.subject_id).sort((x, y) => x - y)).toEqual([...confirmed].sort((x, y) => x - y));
    const delivered = sink.messageIds();
    for (const row of rows) expect(delivered.filter((id) => id === row.message_id)).toHaveLength(1);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(tomorrow.id).toBeGreaterThan(0);

    // Each process logs how many registrations it anonymised: together exactly the 120, none twice.
    const anonymised = two.apis
      .flatMap((api) => [...api.output().matchAll(/anonymised (\d+) registrations/g)])
      .reduce((sum, m) => sum + Number(m[1]), 0);
    expect(anonymised).toBe(120);
    for (const api of two.apis) expect(api.output()).not.toMatch(/job \w[\w -]* failed/);
  }, 120_000);
});
