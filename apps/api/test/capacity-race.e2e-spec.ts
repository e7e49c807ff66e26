import { publishedEvent, participant } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** 50 people at once for 10 seats (event) and a 5-seat workshop: never one too many. */
describe('capacity under concurrency (one API process)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0', DB_POOL_SIZE: '20' });
  });
  afterAll(() => t.close());

  for (const round of [1, 2, 3]) {
    it(`round ${round}: exactly 10 confirmed for the event and 5 for the workshop, the rest waiting, no 5xx`, async () => {
      const admin = await t.admin();
      const ev = await publishedEvent(admin, {
        slug: `rennen-${round}`,
        capacity: 10,
        workshops: [{ capacity: 5, startOffsetH: 1 }],
      });
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          t.http
            .post(`/api/public/events/rennen-${round}/registrations`)
            .send(participant({ workshopIds: ev.workshopIds })),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses.every((s) => s === 201)).toBe(true);
      expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(10);
      expect(responses.filter((r) => r.body.status === 'waitlisted')).toHaveLength(40);
      expect(responses.filter((r) => r.body.workshops[0].status === 'confirmed')).toHaveLength(5);
      const detail = await admin.get(`/api/events/${ev.id}`);
      expect(detail.body).toMatchObject({ confirmedCount: 10, waitlistedCount: 40 });
      expect(detail.body.workshops[0]).toMatchObject({ confirmedCount: 5, waitlistedCount: 45 });
      const confirmedInDb = await admin.get(`/api/events/${ev.id}/registrations?status=confirmed&pageSize=200`);
      expect(confirmedInDb.body.total).toBe(10);
    });
  }
});
