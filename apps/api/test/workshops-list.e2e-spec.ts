import { participant, publishedEvent } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Listed = { id: number; eventId: number; title: { de: string }; confirmedCount: number; waitlistedCount: number };

describe('GET /workshops: every event’s workshops in one read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(() => t.close());

  it('lists the workshops of all events by event and programme, with the same figures as the event', async () => {
    const admin = await t.admin();
    // Created out of programme order: the list follows the start times, not the ids.
    const first = await publishedEvent(admin, {
      slug: 'workshops-a',
      capacity: 10,
      workshops: [
        { capacity: 1, startOffsetH: 3 },
        { capacity: 5, startOffsetH: 1 },
      ],
    });
    const second = await publishedEvent(admin, {
      slug: 'workshops-b',
      capacity: 10,
      workshops: [{ capacity: 4, startOffsetH: 2 }],
    });
    await publishedEvent(admin, { slug: 'workshops-none', capacity: 10 });
    // The one-seat workshop: one person gets it, the next waits.
    for (let i = 0; i < 2; i++) {
      const res = await t.http
        .post('/api/public/events/workshops-a/registrations')
        .send(participant({ workshopIds: [first.workshopIds[0]] }));
      expect(res.status).toBe(201);
    }

    // Any staff role reads it, as it reads the events.
    const finance = await t.userWithRoles(['finance']);
    const res = await finance.get('/api/workshops');
    expect(res.status).toBe(200);
    const items = res.body.items as Listed[];
    expect(items.map((w) => [w.eventId, w.id])).toEqual([
      [first.id, first.workshopIds[1]],
      [first.id, first.workshopIds[0]],
      [second.id, second.workshopIds[0]],
    ]);
    const full = items.find((w) => w.id === first.workshopIds[0])!;
    expect([full.confirmedCount, full.waitlistedCount]).toEqual([1, 1]);

    // The same workshop objects as the event's own detail.
    const detail = (await admin.get(`/api/events/${first.id}`)).body as { workshops: Listed[] };
    expect(items.filter((w) => w.eventId === first.id)).toEqual(detail.workshops);
  });

  it('answers 401 without a session', async () => {
    const res = await t.http.get('/api/workshops');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
