import { participant } from './support/event-fixtures';
import { type ApiProcesses, loginCookies, spawnApisOnNewDatabase } from './support/spawn-api';

const ADMIN = { email: 'admin@example.org', password: 'Zwei-Prozesse-2014!' };
const hour = 3_600_000;

/** Two API processes on one PostgreSQL database, 50 people at once: never one seat too many. */
describe('capacity under concurrency (two API processes on PostgreSQL)', () => {
  let two: ApiProcesses;

  beforeAll(async () => {
    two = await spawnApisOnNewDatabase('two', {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
      MAIL_WORKER_ENABLED: 'false',
    });
  }, 60_000);

  afterAll(() => two?.stop());

  for (const round of [1, 2, 3]) {
    it(`round ${round}: exactly 10 + 5 confirmed across both processes, no 5xx`, async () => {
      const [a, b] = two.bases;
      const { cookie, csrf } = await loginCookies(a, ADMIN);
      const staff = (url: string, body: object) =>
        fetch(`${a}${url}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<{ id: number }>);
      const start = Date.now() + 30 * 24 * hour;
      const slug = `zwei-${round}`;
      const event = await staff('/events', {
        kind: 'conference',
        slug,
        title: { de: 'Integrationskonferenz' },
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 8 * hour).toISOString(),
        capacity: 10,
        status: 'published',
      });
      const workshop = await staff(`/events/${event.id}/workshops`, {
        title: { de: 'Workshop' },
        startsAt: new Date(start + hour).toISOString(),
        endsAt: new Date(start + 2 * hour).toISOString(),
        capacity: 5,
      });

      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          fetch(`${i % 2 ? a : b}/public/events/${slug}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(participant({ workshopIds: [workshop.id] })),
          }).then(async (r) => ({
            status: r.status,
            body: (await r.json()) as { status: string; workshops: { status: string }[] },
          })),
        ),
      );
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      expect(results.every((r) => r.status === 201)).toBe(true);
      expect(results.filter((r) => r.body.status === 'confirmed')).toHaveLength(10);
      expect(results.filter((r) => r.body.workshops[0].status === 'confirmed')).toHaveLength(5);
      const detail = (await fetch(`${b}/events/${event.id}`, { headers: { cookie } }).then((r) => r.json())) as {
        workshops: unknown[];
      };
      expect(detail).toMatchObject({ confirmedCount: 10, waitlistedCount: 40 });
      expect(detail.workshops[0]).toMatchObject({ confirmedCount: 5 });
    });
  }
});
