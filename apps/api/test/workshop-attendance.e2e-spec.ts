import { DataSource } from 'typeorm';
import { WorkshopAttendance1765200000000 } from '#api/migrations/1765200000000-workshop-attendance';
import { EventEntity } from '#api/modules/events/event.entity';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { RegistrationWorkshopEntity } from '#api/modules/registrations/registration-workshop.entity';
import { RetentionService } from '#api/modules/registrations/retention.service';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { participant, publishedEvent } from './support/event-fixtures';
import { addIndicator, createMeasure, errorPaths, measureMasterData } from './support/measure-fixtures';
import { downloadFile as download, pdfPages } from './support/report-files';
import { startTestApp, TestApp, type Client } from './support/test-app';

const DAY = 86_400_000;

type Card = {
  registrationId: number;
  checkedInAt: string | null;
  alreadyCheckedIn: boolean;
  workshops: { workshopId: number; status: string; checkedInAt: string | null }[];
};

describe('attendance per workshop: check-in at the door or the room, certificates, statistics, outcome figures', () => {
  let t: TestApp;
  let door: Client;
  const ds = () => t.app.get(DataSource);
  const codeOf = async (registrationId: number) => {
    const mail = await ds()
      .getRepository(OutboxMailEntity)
      .findOneByOrFail({ subjectType: 'registration', subjectId: registrationId, kind: 'registration_confirmed' });
    return (mail.payload as { checkInCode: string }).checkInCode;
  };
  /** A waiting person's mail has no QR code; their code is made the same way (and must let nobody in). */
  const codeOfAny = async (registrationId: number) =>
    `WIR-${registrationId}-${(await ds().getRepository(RegistrationEntity).findOneByOrFail({ id: registrationId })).manageTokenHash.slice(0, 12)}`;
  const register = async (slug: string, overrides: Record<string, unknown>) => {
    const res = await t.http.post(`/api/public/events/${slug}/registrations`).send(participant(overrides));
    expect(res.status).toBe(201);
    return res.body.id as number;
  };
  const workshopOf = (card: Card, workshopId: number) => card.workshops.find((w) => w.workshopId === workshopId)!;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0', JOBS_ENABLED: 'false' });
    door = await t.userWithRoles(['checkin']);
  });
  afterAll(() => t.close());

  it('checks a person in at a workshop with the same code and rules as at the door, once, audited', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'raum-einlass',
      capacity: 10,
      workshops: [
        { capacity: 5, startOffsetH: 1 },
        { capacity: 1, startOffsetH: 3 },
      ],
    });
    const other = await publishedEvent(admin, {
      slug: 'raum-andere',
      capacity: 5,
      workshops: [{ capacity: 5, startOffsetH: 1 }],
    });
    const [w1, w2] = ev.workshopIds;
    const both = await register(ev.slug, { lastName: 'Beide', workshopIds: [w1, w2] });
    const waiting = await register(ev.slug, { lastName: 'Wartend', workshopIds: [w1, w2] });
    const none = await register(ev.slug, { lastName: 'Ohne' });
    const cancelled = await register(ev.slug, { lastName: 'Storniert', workshopIds: [w1] });
    expect((await admin.post(`/api/registrations/${cancelled}/cancel`)).status).toBe(200);
    const elsewhere = await register(other.slug, { lastName: 'Woanders', workshopIds: other.workshopIds });
    const code = await codeOf(both);

    // The room of workshop 1: the person is in, at the workshop and (not yet at the door) at the event.
    const marked = await door.post('/api/check-in', {
      code: ` ${code.toUpperCase()} `,
      eventId: ev.id,
      workshopId: w1,
    });
    expect(marked.status).toBe(200);
    const card = marked.body as Card;
    expect(card).toMatchObject({ registrationId: both, alreadyCheckedIn: false, checkedInAt: expect.any(String) });
    expect(workshopOf(card, w1).checkedInAt).toEqual(expect.any(String));
    expect(workshopOf(card, w2).checkedInAt).toBeNull();
    // Again (a second scan, another device): "already checked in" with the first time, nothing changes.
    const again = await door.post('/api/check-in', { code, eventId: ev.id, workshopId: w1 });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: card.checkedInAt });
    expect(workshopOf(again.body, w1).checkedInAt).toBe(workshopOf(card, w1).checkedInAt);
    // Checked in at the event already, not yet at workshop 2: the workshop's check-in is new.
    const second = await door.post('/api/check-in', { code, eventId: ev.id, workshopId: w2 });
    expect(second.body).toMatchObject({ alreadyCheckedIn: false, checkedInAt: card.checkedInAt });
    expect(workshopOf(second.body, w2).checkedInAt).toEqual(expect.any(String));
    // The look-up shows each workshop's attendance.
    const looked = (await door.get(`/api/check-in?code=${code}`)).body as Card;
    expect(looked.workshops.map((w) => [w.workshopId, w.checkedInAt !== null])).toEqual([
      [w1, true],
      [w2, true],
    ]);

    // Refusals: every one leaves the person where they were.
    const refuse = async (body: Record<string, unknown>, status: number, problem: string) => {
      const res = await door.post('/api/check-in', body);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe(problem);
      return res;
    };
    const waitingCode = await codeOfAny(waiting);
    await refuse({ code: waitingCode, eventId: ev.id, workshopId: w2 }, 409, 'workshop_waitlisted');
    await refuse({ code: await codeOf(none), eventId: ev.id, workshopId: w1 }, 409, 'workshop_not_booked');
    await refuse({ code: await codeOfAny(cancelled), eventId: ev.id, workshopId: w1 }, 409, 'registration_cancelled');
    await refuse({ code: await codeOf(elsewhere), eventId: ev.id, workshopId: w1 }, 409, 'wrong_event');
    await refuse({ code: `WIR-${none}-0123456789ab`, eventId: ev.id, workshopId: w1 }, 404, 'not_found');
    // A workshop of another event (or none at all) at this door: the request names the bad field.
    for (const workshopId of [other.workshopIds[0], 999_999]) {
      const res = await refuse({ code: await codeOf(none), eventId: ev.id, workshopId }, 400, 'validation_failed');
      expect(errorPaths(res.body)).toEqual(['workshopId']);
    }
    const bad = await refuse(
      { code: await codeOf(none), eventId: ev.id, workshopId: 'Raum 1' },
      400,
      'validation_failed',
    );
    expect(errorPaths(bad.body)).toEqual(['workshopId']);
    const noCode = await refuse({ eventId: ev.id, workshopId: w1 }, 400, 'validation_failed');
    expect(errorPaths(noCode.body)).toEqual(['code']);
    // The workshop's waiting person was not let in at the event either (the refusal rolled back).
    for (const id of [waiting, none, cancelled, elsewhere])
      expect((await admin.get(`/api/registrations/${id}`)).body.checkedInAt).toBeNull();
    const places = await ds().getRepository(RegistrationWorkshopEntity).findBy({ registrationId: waiting });
    expect(places.map((p) => p.checkedInAt)).toEqual([null, null]);

    // Only the door's roles.
    const finance = await t.userWithRoles(['finance']);
    expect((await finance.post('/api/check-in', { code, eventId: ev.id, workshopId: w1 })).status).toBe(403);
    expect((await t.http.post('/api/check-in').send({ code, eventId: ev.id, workshopId: w1 })).status).toBe(401);
    const coordinator = await t.userWithRoles(['coordinator']);
    expect(
      (await coordinator.post('/api/check-in', { code, eventId: ev.id, workshopId: w1 })).body.alreadyCheckedIn,
    ).toBe(true);

    // Audited: one entry per workshop check-in (the repeated scans added none), and the event's own one.
    const log = (await admin.get('/api/audit-log?entity=registration_workshop')).body.items as {
      action: string;
      after: { registrationId: number; workshopId: number };
    }[];
    const ours = log.filter((e) => e.after?.registrationId === both);
    expect(ours.map((e) => e.after.workshopId).sort()).toEqual([w1, w2].sort());
    const eventEntries = (await admin.get('/api/audit-log?entity=registration&limit=500')).body.items as {
      entityId: string;
      after: { checkedInAt?: string } | null;
    }[];
    expect(eventEntries.filter((e) => e.entityId === String(both) && e.after?.checkedInAt)).toHaveLength(1);
  });

  it('prints on the certificate the workshops a person attended, not those only booked', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'raum-bescheinigung',
      capacity: 10,
      workshops: [
        { capacity: 5, startOffsetH: 1 },
        { capacity: 5, startOffsetH: 3 },
      ],
    });
    const [w1, w2] = ev.workshopIds;
    await admin.patch(`/api/workshops/${w1}`, { title: { de: 'Kultursensible Notfallversorgung' } });
    await admin.patch(`/api/workshops/${w2}`, { title: { de: 'Dolmetschen im Einsatz' } });
    const id = await register(ev.slug, { firstName: 'Şükrü', lastName: 'Çelik', workshopIds: [w1, w2] });
    const onlyDoor = await register(ev.slug, { firstName: 'Eva', lastName: 'Weiß', workshopIds: [w1, w2] });
    expect((await door.post('/api/check-in', { code: await codeOf(id), eventId: ev.id, workshopId: w2 })).status).toBe(
      200,
    );
    expect((await door.post('/api/check-in', { code: await codeOf(onlyDoor), eventId: ev.id })).status).toBe(200);

    const coordinator = await t.userWithRoles(['coordinator']);
    const res = await download(coordinator, `/api/events/${ev.id}/certificates.pdf`);
    expect(res.status).toBe(200);
    const pages = (await pdfPages(res.body)).map((p) => p.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(2);
    const celik = pages.find((p) => p.includes('Şükrü Çelik'))!;
    expect(celik).toContain('Besuchter Workshop:');
    expect(celik).toContain('Dolmetschen im Einsatz');
    expect(celik).not.toContain('Kultursensible Notfallversorgung');
    // Booked both, attended neither: no workshop on the certificate.
    const weiss = pages.find((p) => p.includes('Eva Weiß'))!;
    expect(weiss).not.toContain('Workshop');
    expect(weiss).not.toContain('Dolmetschen im Einsatz');
  });

  it('shows attendance per workshop in the event statistics, and keeps it (and the outcome figures) when personal data is erased', async () => {
    const admin = await t.admin();
    const master = await measureMasterData(admin);
    const coordinator = await t.userWithRoles(['coordinator']);
    const ev = await publishedEvent(admin, {
      slug: 'raum-wirkung',
      capacity: 10,
      workshops: [
        { capacity: 5, startOffsetH: 1 },
        { capacity: 5, startOffsetH: 3 },
      ],
    });
    await admin.patch(`/api/events/${ev.id}`, { retentionDays: 30 });
    const [w1, w2] = ev.workshopIds;
    const people = [
      {
        municipalityId: master.dietzenbachId,
        organisationType: 'rescue_service',
        workshopIds: [w1, w2],
        rooms: [w1, w2],
      },
      { municipalityId: master.rodgauId, organisationType: 'rescue_service', workshopIds: [w1], rooms: [w1] },
      // At the door, booked workshop 2, never in its room: not among workshop 2's attendance.
      { municipalityId: master.rodgauId, organisationType: 'association', workshopIds: [w2], rooms: [], door: true },
      { municipalityId: null, organisationType: 'association', workshopIds: [w2], rooms: [] },
    ];
    const ids: number[] = [];
    for (const p of people) {
      const id = await register(ev.slug, {
        municipalityId: p.municipalityId,
        organisationType: p.organisationType,
        workshopIds: p.workshopIds,
      });
      ids.push(id);
      if (p.door)
        expect((await door.post('/api/check-in', { code: await codeOf(id), eventId: ev.id })).status).toBe(200);
      for (const w of p.rooms)
        expect(
          (await door.post('/api/check-in', { code: await codeOf(id), eventId: ev.id, workshopId: w })).status,
        ).toBe(200);
    }

    const stats = (await coordinator.get(`/api/events/${ev.id}/stats`)).body;
    expect(stats.checkedIn).toBe(3);
    expect(
      stats.workshops.map((w: { workshopId: number; confirmed: number; checkedIn: number }) => [
        w.workshopId,
        w.confirmed,
        w.checkedIn,
      ]),
    ).toEqual([
      [w1, 2, 2],
      [w2, 3, 1],
    ]);

    // A measure delivered by workshop 2: its participants are those checked in at workshop 2.
    const year = new Date().getUTCFullYear();
    const measure = await createMeasure(coordinator, master.openingId, {
      workshopIds: [w2],
      periodStart: `${year}-01-01`,
      periodEnd: `${year + 1}-12-31`,
    });
    const attended = await addIndicator(coordinator, measure.id, {
      name: 'Teilgenommen',
      level: 'output',
      step: 2,
      byMunicipality: true,
      source: { kind: 'participants' },
    });
    const booked = await addIndicator(coordinator, measure.id, {
      name: 'Angemeldet',
      level: 'output',
      step: 2,
      source: { kind: 'participants', count: 'registered' },
    });
    const asOf = `${year + 1}-12-31`;
    const progressOf = async () => {
      const res = await coordinator.get(`/api/measures/${measure.id}/progress?asOf=${asOf}`);
      expect(res.status).toBe(200);
      return res.body as {
        indicators: {
          indicatorId: number;
          total: { actual: number | null };
          rows: { municipalityId: number | null; actual: number | null }[];
        }[];
        output: { workshops: { workshopId: number; registered: number; checkedIn: number }[]; checkedIn: number };
      };
    };
    const before = await progressOf();
    const total = (id: number) => before.indicators.find((i) => i.indicatorId === id)!.total.actual;
    expect(total(attended.id)).toBe(1);
    expect(total(booked.id)).toBe(3);
    expect(before.output.workshops).toMatchObject([{ workshopId: w2, registered: 3, checkedIn: 1 }]);
    const overview = async () =>
      (await coordinator.get(`/api/outcomes/overview?actionFieldId=${master.openingId}`)).body;
    const overviewBefore = await overview();
    expect(overviewBefore.measures).toMatchObject([{ measureId: measure.id, registered: 3, checkedIn: 1 }]);
    expect(overviewBefore.participantsByMunicipality).toEqual(
      expect.arrayContaining([
        { municipalityId: master.dietzenbachId, name: expect.any(String), registered: 1, checkedIn: 1 },
        { municipalityId: master.rodgauId, name: expect.any(String), registered: 1, checkedIn: 0 },
      ]),
    );

    // The retention job, with the clock 31 days after the event's end, anonymises everybody.
    const event = await ds().getRepository(EventEntity).findOneByOrFail({ id: ev.id });
    const retention = t.app.get(RetentionService);
    expect(await retention.anonymiseExpired(new Date(event.endsAt.getTime() + 29 * DAY))).toBe(0);
    expect(await retention.anonymiseExpired(new Date(event.endsAt.getTime() + 31 * DAY))).toBe(4);
    for (const [i, id] of ids.entries()) {
      const row = await ds().getRepository(RegistrationEntity).findOneByOrFail({ id });
      expect(row).toMatchObject({
        firstName: '',
        lastName: '',
        anonymisedAt: expect.any(Date),
        municipalityId: people[i].municipalityId,
        organisationType: people[i].organisationType,
      });
      const places = await ds()
        .getRepository(RegistrationWorkshopEntity)
        .find({ where: { registrationId: id }, order: { workshopId: 'ASC' } });
      expect(places.filter((p) => p.checkedInAt !== null).map((p) => p.workshopId)).toEqual(people[i].rooms);
    }
    expect(await progressOf()).toEqual(before);
    expect(await overview()).toEqual(overviewBefore);
    expect((await coordinator.get(`/api/events/${ev.id}/stats`)).body).toEqual(stats);
  });

  // Last: it takes the column away and brings it back.
  it('migrates earlier check-ins: a confirmed place of a person checked in at the event counts as attended, as the figures had it', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'raum-migration',
      capacity: 10,
      workshops: [{ capacity: 1, startOffsetH: 1 }],
    });
    const [w] = ev.workshopIds;
    const present = await register(ev.slug, { workshopIds: [w] });
    const waitingForPlace = await register(ev.slug, { workshopIds: [w] });
    const absent = await register(ev.slug, {});
    for (const id of [present, waitingForPlace])
      expect((await door.post('/api/check-in', { code: await codeOf(id), eventId: ev.id })).status).toBe(200);
    const runner = ds().createQueryRunner();
    try {
      const migration = new WorkshopAttendance1765200000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const place = (registrationId: number) =>
      ds().getRepository(RegistrationWorkshopEntity).findOneBy({ registrationId, workshopId: w });
    const checkedIn = (await ds().getRepository(RegistrationEntity).findOneByOrFail({ id: present })).checkedInAt;
    expect((await place(present))!.checkedInAt).toEqual(checkedIn);
    expect(await place(waitingForPlace)).toMatchObject({ status: 'waitlisted', checkedInAt: null });
    expect(await place(absent)).toBeNull();
  });
});
