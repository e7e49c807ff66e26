import { publishedEvent, participant } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('registrations: staff screens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(() => t.close());

  it('lists with search, filters and paging', async () => {
    const admin = await t.admin();
    const muni = await admin.post('/api/municipalities', { name: 'Seligenstadt', officialKey: '06438013' });
    const ev = await publishedEvent(admin, {
      slug: 'liste',
      capacity: 3,
      workshops: [{ capacity: 10, startOffsetH: 1 }],
    });
    const url = '/api/public/events/liste/registrations';
    await t.http
      .post(url)
      .send(participant({ lastName: 'Yılmaz', municipalityId: muni.body.id, workshopIds: ev.workshopIds }));
    await t.http.post(url).send(participant({ lastName: 'Schmidt', organisationType: 'rescue_service' }));
    await t.http.post(url).send(participant({ lastName: 'Haddad', organisationName: 'Rettungsdienstschule' }));
    await t.http.post(url).send(participant({ lastName: 'Nowak' }));
    const coordinator = await t.userWithRoles(['coordinator']);
    const all = await coordinator.get(`/api/events/${ev.id}/registrations`);
    expect(all.body.total).toBe(4);
    expect(all.body.items[0].lastName).toBe('Nowak');
    const q = async (query: string) => (await coordinator.get(`/api/events/${ev.id}/registrations?${query}`)).body;
    expect((await q('q=yılmaz')).items.map((r: { lastName: string }) => r.lastName)).toEqual(['Yılmaz']);
    expect((await q('q=rettungsdienst')).items.map((r: { lastName: string }) => r.lastName)).toEqual(['Haddad']);
    expect((await q('status=waitlisted')).items.map((r: { lastName: string }) => r.lastName)).toEqual(['Nowak']);
    expect((await q(`workshopId=${ev.workshopIds[0]}`)).total).toBe(1);
    expect((await q(`municipalityId=${muni.body.id}`)).total).toBe(1);
    expect((await q('organisationType=rescue_service')).items[0].lastName).toBe('Schmidt');
    const page2 = await q('pageSize=3&page=2');
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.items).toHaveLength(1);
    expect((await coordinator.get(`/api/events/${ev.id}/registrations?status=bogus`)).status).toBe(400);
    const finance = await t.userWithRoles(['finance']);
    expect((await finance.get(`/api/events/${ev.id}/registrations`)).status).toBe(403);
  });

  it('registers by phone, cancels, moves between workshops and moves up by hand, all audited', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'telefon',
      capacity: 1,
      workshops: [
        { capacity: 1, startOffsetH: 1 },
        { capacity: 1, startOffsetH: 2 },
      ],
    });
    const staff = await t.userWithRoles(['coordinator']);
    const a = await staff.post(`/api/events/${ev.id}/registrations`, participant({ workshopIds: [ev.workshopIds[0]] }));
    expect(a.status).toBe(201);
    expect(a.body.status).toBe('confirmed');
    const b = await staff.post(`/api/events/${ev.id}/registrations`, participant({ workshopIds: [ev.workshopIds[0]] }));
    expect(b.body.status).toBe('waitlisted');
    expect((await staff.get(`/api/registrations/${a.body.id}`)).body.source).toBe('staff');

    const noSeat = await staff.post(`/api/registrations/${b.body.id}/promote`);
    expect(noSeat.status).toBe(409);
    const grown = await staff.patch(`/api/events/${ev.id}`, { capacity: 2 });
    expect(grown.body).toMatchObject({ capacity: 2, confirmedCount: 2, waitlistedCount: 0 });
    expect((await staff.get(`/api/registrations/${b.body.id}`)).body.status).toBe('confirmed');

    const moved = await staff.patch(`/api/registrations/${a.body.id}/workshops`, { workshopIds: [ev.workshopIds[1]] });
    expect(moved.body.workshops).toEqual([{ workshopId: ev.workshopIds[1], status: 'confirmed' }]);
    expect((await staff.get(`/api/registrations/${b.body.id}`)).body.workshops).toEqual([
      { workshopId: ev.workshopIds[0], status: 'confirmed' },
    ]);

    const c = await staff.post(`/api/events/${ev.id}/registrations`, participant());
    expect(c.body.status).toBe('waitlisted');
    const shrink = await staff.patch(`/api/events/${ev.id}`, { capacity: 1 });
    expect(shrink.status).toBe(409);
    expect(shrink.body.errors[0].path).toBe('capacity');
    const cancelled = await staff.post(`/api/registrations/${a.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await staff.get(`/api/registrations/${c.body.id}`)).body.status).toBe('confirmed');
    expect((await staff.post(`/api/registrations/${c.body.id}/promote`)).status).toBe(409);

    const log = await admin.get(`/api/audit-log?entity=registration&userId=${staff.id}`);
    expect(
      log.body.items.map((e: { action: string; before: { change?: string } }) => e.before?.change ?? e.action),
    ).toEqual(expect.arrayContaining(['cancel', 'move_workshops', 'create']));
    // No participant's personal data in the audit log.
    expect(JSON.stringify(log.body)).not.toMatch(/person\d+-/);
    expect(JSON.stringify(log.body)).not.toContain('Teilnehmerin');
  });

  it('edits events and workshops, refusing a capacity below the seats taken', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'bearbeiten',
      capacity: 5,
      workshops: [{ capacity: 2, startOffsetH: 1 }],
    });
    await t.http.post('/api/public/events/bearbeiten/registrations').send(participant({ workshopIds: ev.workshopIds }));
    await t.http.post('/api/public/events/bearbeiten/registrations').send(participant({ workshopIds: ev.workshopIds }));
    expect((await admin.patch(`/api/workshops/${ev.workshopIds[0]}`, { capacity: 1 })).status).toBe(409);
    const renamed = await admin.patch(`/api/workshops/${ev.workshopIds[0]}`, {
      title: { de: 'Kultursensible Notfallversorgung' },
      room: 'Schulungsraum 2',
    });
    expect(renamed.body).toMatchObject({ room: 'Schulungsraum 2', confirmedCount: 2 });
    const bad = await admin.patch(`/api/events/${ev.id}`, { endsAt: '2014-01-01T00:00:00Z' });
    expect(bad.status).toBe(400);
    const taken = await admin.post('/api/events', {
      kind: 'training',
      slug: 'bearbeiten',
      title: { de: 'X' },
      startsAt: '2030-01-01T09:00:00+01:00',
      endsAt: '2030-01-01T12:00:00+01:00',
      capacity: 5,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].path).toBe('slug');
    const detail = await admin.get(`/api/events/${ev.id}`);
    expect(detail.body.workshops[0].title.de).toBe('Kultursensible Notfallversorgung');
  });
});
