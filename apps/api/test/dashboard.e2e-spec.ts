import { DataSource } from 'typeorm';
import type { DashboardEvents, DashboardGrants, DashboardOutcomes, DashboardSurveys } from '@wir/shared';
import { berlinIsoDate, DASHBOARD_WEEKS } from '@wir/shared';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import type { SurveyInvitationEntity } from '#api/modules/surveys/survey-invitation.entity';
import { SurveyResponseEntity } from '#api/modules/surveys/survey-response.entity';
import { SurveyVersionEntity } from '#api/modules/surveys/survey-version.entity';
import { SurveyEntity } from '#api/modules/surveys/survey.entity';
import { participant, publishedEvent } from './support/event-fixtures';
import { expense, wirGrant } from './support/grant-fixtures';
import { addIndicator, attendedTraining, createMeasure, measureMasterData } from './support/measure-fixtures';
import { insertInvitation } from './support/survey-fixtures';
import { startTestApp, TestApp, type Client } from './support/test-app';

const KREIS_OFFENBACH = [
  'Dietzenbach',
  'Dreieich',
  'Egelsbach',
  'Hainburg',
  'Heusenstamm',
  'Langen (Hessen)',
  'Mainhausen',
  'Mühlheim am Main',
  'Neu-Isenburg',
  'Obertshausen',
  'Rodgau',
  'Rödermark',
  'Seligenstadt',
];
const DAY = 86_400_000;

describe('dashboard: the start page per role, aggregated in SQL', () => {
  let t: TestApp;
  let admin: Client;
  let coordinator: Client & { id: number };
  let finance: Client & { id: number };
  let finance2: Client & { id: number };
  let checkin: Client;
  let master: Awaited<ReturnType<typeof measureMasterData>>;
  const ds = () => t.app.get(DataSource);
  const municipalityIds = new Map<string, number>();

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
    admin = await t.admin();
    coordinator = await t.userWithRoles(['coordinator']);
    finance = await t.userWithRoles(['finance']);
    finance2 = await t.userWithRoles(['finance']);
    checkin = await t.userWithRoles(['checkin']);
    for (const name of KREIS_OFFENBACH) {
      const res = await admin.post('/api/municipalities', { name });
      expect(res.status).toBe(201);
      municipalityIds.set(name, res.body.id);
    }
    master = await measureMasterData(admin);
  });
  afterAll(() => t.close());

  const get = async <T>(client: Client, path: string, status = 200): Promise<T> => {
    const res = await client.get(path);
    expect({ path, status: res.status }).toEqual({ path, status });
    return res.body as T;
  };

  it('events: next events with seats and waiting list, workshops full or nearly empty, 12 weeks of registrations with zeros', async () => {
    const ev = await publishedEvent(admin, {
      slug: 'dashboard-konferenz',
      capacity: 3,
      workshops: [
        { capacity: 1, startOffsetH: 1 }, // full with one
        { capacity: 10, startOffsetH: 2 }, // 1 of 10: nearly empty
        { capacity: 4, startOffsetH: 3 }, // 1 of 4 = 25 %: not below the mark
      ],
    });
    const ids: number[] = [];
    for (const i of [0, 1, 2, 3, 4]) {
      const res = await t.http
        .post(`/api/public/events/${ev.slug}/registrations`)
        .send(participant({ workshopIds: i === 0 ? ev.workshopIds : [] }));
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    // One cancels (still made that week), one was made three weeks earlier.
    expect((await admin.post(`/api/registrations/${ids[1]}/cancel`, {})).status).toBeLessThan(300);
    const threeWeeksAgo = new Date(Date.now() - 21 * DAY);
    await ds().getRepository(RegistrationEntity).update({ id: ids[2] }, { createdAt: threeWeeksAgo });
    const eventDetail = (await admin.get(`/api/events/${ev.id}`)).body as { startsAt: string };
    const year = Number(berlinIsoDate(new Date(eventDetail.startsAt)).slice(0, 4));

    const body = await get<DashboardEvents>(coordinator, `/api/dashboard/events?year=${year}`);
    expect(body.year).toBe(year);
    const upcoming = body.upcoming.find((e) => e.eventId === ev.id)!;
    // 5 registered for 3 seats: 3 confirmed, 2 waiting; one confirmed cancels and the first waiting moves up.
    expect(upcoming).toMatchObject({
      capacity: 3,
      confirmed: 3,
      waitlisted: 1,
      title: { de: 'Integrationskonferenz' },
    });
    expect(
      body.workshops.filter((w) => w.eventId === ev.id).map((w) => [w.workshopId, w.state, w.confirmed, w.capacity]),
    ).toEqual([
      [ev.workshopIds[0], 'full', 1, 1],
      [ev.workshopIds[1], 'nearly_empty', 1, 10],
    ]);
    expect(body.registrationsPerWeek).toHaveLength(DASHBOARD_WEEKS);
    const counts = body.registrationsPerWeek.map((w) => w.count);
    // The reference day is today for a running or coming year: today's registrations are in the last week.
    expect(body.asOf).toBe(berlinIsoDate(new Date()));
    expect(counts[DASHBOARD_WEEKS - 1]).toBe(4);
    const weekOf = body.registrationsPerWeek.findIndex((w, i) => {
      const next = body.registrationsPerWeek[i + 1]?.weekStart ?? '9999';
      const day = berlinIsoDate(threeWeeksAgo);
      return w.weekStart <= day && day < next;
    });
    expect(weekOf).toBe(DASHBOARD_WEEKS - 4);
    expect(counts[weekOf]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(counts.filter((c) => c === 0)).toHaveLength(DASHBOARD_WEEKS - 2);
    // Weeks are consecutive Mondays.
    for (const [i, w] of body.registrationsPerWeek.entries()) {
      expect(new Date(`${w.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
      if (i > 0) expect(Date.parse(w.weekStart) - Date.parse(body.registrationsPerWeek[i - 1].weekStart)).toBe(7 * DAY);
    }
  });

  it('events: check-in rate of past events, the year and the action-field filter, 12 empty weeks for a quiet year-end', async () => {
    const ev = await attendedTraining(t, master, 'dashboard-rettungsdienst');
    await createMeasure(coordinator, master.openingId, { eventIds: [ev.id] });

    const y2014 = await get<DashboardEvents>(admin, '/api/dashboard/events?year=2014');
    expect(y2014).toMatchObject({ year: 2014, asOf: '2014-12-31', actionFieldId: null, upcoming: [], workshops: [] });
    // Four confirmed, three checked in at the door: 75 %.
    expect(y2014.pastEvents).toEqual([
      {
        eventId: ev.id,
        title: { de: 'Integrationskonferenz', en: 'Integration conference', ar: 'مؤتمر الاندماج' },
        startsAt: '2014-05-22T07:00:00.000Z',
        confirmed: 4,
        checkedIn: 3,
        checkInPercent: 75,
      },
    ]);
    // Registered on 2 May, long before the last twelve weeks of 2014: every week is a zero point.
    expect(y2014.registrationsPerWeek.map((w) => w.count)).toEqual(Array(DASHBOARD_WEEKS).fill(0));
    expect(y2014.registrationsPerWeek[DASHBOARD_WEEKS - 1].weekStart).toBe('2014-12-29');

    expect((await get<DashboardEvents>(admin, '/api/dashboard/events?year=2015')).pastEvents).toEqual([]);
    expect(
      (
        await get<DashboardEvents>(coordinator, `/api/dashboard/events?year=2014&actionFieldId=${master.openingId}`)
      ).pastEvents.map((e) => e.eventId),
    ).toEqual([ev.id]);
    const other = await get<DashboardEvents>(
      coordinator,
      `/api/dashboard/events?year=2014&actionFieldId=${master.welcomeId}`,
    );
    expect(other).toMatchObject({ actionFieldId: master.welcomeId, pastEvents: [] });
  });

  it('grants: utilisation against time, burn-down per month, flagged lines, drawdowns, receipts waiting for this user', async () => {
    const { grant, lines } = await wirGrant(finance);
    // Sachkosten 2.000,00 € planned, 2.500,01 € spent: more than 20 % over → needs consent.
    const a = await expense(finance, grant.id, lines[4].id, 250_001, { date: '2014-03-10' });
    await expense(finance, grant.id, lines[1].id, 100_000, { date: '2014-05-22' });
    await expense(finance, grant.id, lines[1].id, 50_000, { date: '2014-05-23' });
    expect(
      (await finance.post(`/api/grants/${grant.id}/drawdowns`, { requestedCents: 300_000, requestedOn: '2014-06-01' }))
        .status,
    ).toBe(201);
    expect((await finance.post(`/api/receipts/${a.id}/sign-off`, { step: 'factual' })).status).toBe(200);

    const body = await get<DashboardGrants>(finance, '/api/dashboard/grants?year=2014');
    const g = body.grants.find((x) => x.grantId === grant.id)!;
    expect(g).toMatchObject({
      plannedCents: 4_831_600,
      actualCents: 400_001,
      utilisationPercent: 8.3,
      elapsedPercent: 100,
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
    });
    expect(g.months).toHaveLength(12);
    expect(g.months[0]).toEqual({
      month: '2014-01',
      cumulativeCents: 0,
      plannedCumulativeCents: Math.round(4_831_600 / 12),
    });
    expect(g.months[2].cumulativeCents).toBe(250_001);
    expect(g.months[4].cumulativeCents).toBe(400_001);
    expect(g.months[11]).toEqual({ month: '2014-12', cumulativeCents: 400_001, plannedCumulativeCents: 4_831_600 });
    expect(g.openDrawdowns).toEqual([
      { drawdownId: expect.any(Number), requestedOn: '2014-06-01', requestedCents: 300_000 },
    ]);
    // Fehlbedarf without own funds: the costs entitle to 4.000,01 €, 3.000,00 € requested already.
    expect(g.callableCents).toBe(100_001);
    expect(body.flaggedLines.filter((l) => l.grantId === grant.id)).toEqual([
      {
        grantId: grant.id,
        grantTitle: grant.title,
        budgetLineId: lines[4].id,
        code: '5',
        name: 'Sachkosten',
        plannedCents: 200_000,
        actualCents: 250_001,
        status: 'needs_consent',
        consentCovers: null,
      },
    ]);
    // finance signed "sachlich richtig" on the first: the second step is for somebody else.
    expect(body.signOff).toMatchObject({ count: 2 });
    expect(body.signOff!.oldest.map((r) => r.receiptId)).not.toContain(a.id);
    const other = await get<DashboardGrants>(finance2, '/api/dashboard/grants?year=2014');
    expect(other.signOff!.count).toBe(3);
    expect(other.signOff!.oldest[0]).toMatchObject({
      receiptId: a.id,
      nextStep: 'arithmetic',
      amountCents: 250_001,
      date: '2014-03-10',
      grantTitle: grant.title,
    });
    expect(other.signOff!.oldest.slice(1).map((r) => r.nextStep)).toEqual(['factual', 'factual']);
    // A coordinator reads the figures but signs nothing; the admin signs like finance.
    const coord = await get<DashboardGrants>(coordinator, '/api/dashboard/grants?year=2014');
    expect(coord.signOff).toBeNull();
    expect(coord.grants.find((x) => x.grantId === grant.id)?.actualCents).toBe(400_001);
    expect((await get<DashboardGrants>(admin, '/api/dashboard/grants?year=2014')).signOff?.count).toBe(3);
    // Another year: no grant of 2014 (the queue stays: receipts wait whatever the year).
    const y2016 = await get<DashboardGrants>(finance, '/api/dashboard/grants?year=2016');
    expect(y2016.grants.find((x) => x.grantId === grant.id)).toBeUndefined();
    expect(y2016.signOff?.count).toBe(2);
    // The action-field filter keeps grants that fund a measure of the field.
    await createMeasure(coordinator, master.welcomeId, { grantId: grant.id });
    expect(
      (
        await get<DashboardGrants>(finance, `/api/dashboard/grants?year=2014&actionFieldId=${master.welcomeId}`)
      ).grants.map((x) => x.grantId),
    ).toContain(grant.id);
    expect(
      (
        await get<DashboardGrants>(finance, `/api/dashboard/grants?year=2014&actionFieldId=${master.openingId}`)
      ).grants.map((x) => x.grantId),
    ).not.toContain(grant.id);
  });

  it('outcomes: measures by status per action field, all municipalities with zeros, cost per participant in cents', async () => {
    const m2 = await measureMasterData(admin);
    const { grant, lines } = await wirGrant(finance);
    const ev = await attendedTraining(t, m2, 'dashboard-outcomes');
    const behind = await createMeasure(coordinator, m2.openingId, { grantId: grant.id, eventIds: [ev.id] });
    const people = await addIndicator(coordinator, behind.id, {
      name: 'Geschulte Personen',
      level: 'output',
      step: 2,
      source: { kind: 'participants' },
    });
    await coordinator.put(`/api/indicators/${people.id}/targets`, {
      targets: [{ period: '2014', municipalityId: null, value: 4 }],
    });
    const achieved = await createMeasure(coordinator, m2.welcomeId, { eventIds: [ev.id] });
    const reached = await addIndicator(coordinator, achieved.id, {
      name: 'Erreichte Personen',
      level: 'output',
      step: 2,
      source: { kind: 'participants' },
    });
    await coordinator.put(`/api/indicators/${reached.id}/targets`, {
      targets: [{ period: '2014', municipalityId: null, value: 2 }],
    });
    await expense(finance, grant.id, lines[1].id, 150_001, { measureId: behind.id });

    const body = await get<DashboardOutcomes>(coordinator, '/api/dashboard/outcomes?year=2014');
    const field = (id: number) => body.actionFields.find((f) => f.actionFieldId === id)!;
    expect(field(m2.openingId)).toMatchObject({
      measures: 1,
      counts: { achieved: 0, on_track: 0, behind: 1, no_target: 0 },
    });
    expect(field(m2.welcomeId)).toMatchObject({
      measures: 1,
      counts: { achieved: 1, on_track: 0, behind: 0, no_target: 0 },
    });
    const row = (id: number) => body.measures.find((m) => m.measureId === id)!;
    // 1.500,01 € for 3 checked in: 500,00 € (whole cents, rounded).
    expect(row(behind.id)).toMatchObject({
      status: 'behind',
      spentCents: 150_001,
      checkedIn: 3,
      costPerParticipantCents: 50_000,
    });
    expect(row(achieved.id)).toMatchObject({ status: 'achieved', spentCents: 0, costPerParticipantCents: 0 });

    // Every municipality a row (the 13 of the Kreis and the fixtures' ones), zeros included; people without one last.
    const opening = await get<DashboardOutcomes>(
      coordinator,
      `/api/dashboard/outcomes?year=2014&actionFieldId=${m2.openingId}`,
    );
    const all = (await admin.get('/api/municipalities')).body.items as { id: number }[];
    const byId = new Map(opening.participantsByMunicipality.map((p) => [p.municipalityId, p]));
    expect(opening.participantsByMunicipality).toHaveLength(all.length + 1);
    for (const name of KREIS_OFFENBACH)
      expect(byId.get(municipalityIds.get(name)!)).toEqual({
        municipalityId: municipalityIds.get(name),
        name,
        registered: 0,
        checkedIn: 0,
      });
    expect(byId.get(m2.dietzenbachId)).toMatchObject({ registered: 2, checkedIn: 2 });
    expect(byId.get(m2.rodgauId)).toMatchObject({ registered: 1, checkedIn: 1 });
    expect(byId.get(m2.langenId)).toMatchObject({ registered: 0, checkedIn: 0 });
    expect(opening.participantsByMunicipality[opening.participantsByMunicipality.length - 1]).toEqual({
      municipalityId: null,
      name: null,
      registered: 1,
      checkedIn: 0,
    });
    expect(opening.actionFields.map((f) => f.actionFieldId)).toEqual([m2.openingId]);
    expect(opening.measures.map((m) => m.measureId)).toEqual([behind.id]);

    const welcome = await get<DashboardOutcomes>(
      coordinator,
      `/api/dashboard/outcomes?year=2014&actionFieldId=${m2.welcomeId}`,
    );
    expect(welcome.actionFields.map((f) => f.actionFieldId)).toEqual([m2.welcomeId]);
    expect(welcome.measures.map((m) => m.measureId)).toEqual([achieved.id]);
    const y2016 = await get<DashboardOutcomes>(coordinator, '/api/dashboard/outcomes?year=2016');
    expect(y2016.measures.find((m) => m.measureId === behind.id)).toBeUndefined();
    expect(y2016.participantsByMunicipality.every((p) => p.registered === 0 && p.checkedIn === 0)).toBe(true);
  });

  it('surveys: response rate per invited municipality of open questionnaires only', async () => {
    const create = async (title: string, status: 'open' | 'closed' | 'draft') => {
      const res = await coordinator.post('/api/surveys', {
        title: { de: title },
        mode: 'invited',
        definition: {
          sections: [
            { key: 'a', title: { de: 'A' }, questions: [{ key: 'buero', type: 'yes_no', label: { de: 'Büro?' } }] },
          ],
        },
      });
      expect(res.status).toBe(201);
      await ds().getRepository(SurveyEntity).update({ id: res.body.id }, { status });
      const version = await ds()
        .getRepository(SurveyVersionEntity)
        .findOneByOrFail({ surveyId: res.body.id, number: 1 });
      return { id: res.body.id as number, versionId: version.id };
    };
    const invite = (surveyId: number, municipalityId: number | null, revoked = false) =>
      insertInvitation(ds(), { surveyId, municipalityId, createdAt: new Date() }, revoked ? new Date() : null);
    const answer = (surveyId: number, versionId: number, invitation: SurveyInvitationEntity, submitted: boolean) =>
      ds()
        .getRepository(SurveyResponseEntity)
        .save({
          surveyId,
          versionId,
          invitationId: invitation.id,
          accessTokenId: null,
          answers: { buero: true } as never,
          language: 'de',
          municipalityId: invitation.municipalityId,
          organisationId: null,
          organisationType: null,
          tags: null,
          startedAt: new Date(),
          updatedAt: new Date(),
          submittedAt: submitted ? new Date() : null,
        } as never);

    const open = await create('Erhebungsbogen 2014', 'open');
    const closed = await create('Erhebungsbogen alt', 'closed');
    const dietzenbach = municipalityIds.get('Dietzenbach')!;
    const rodgau = municipalityIds.get('Rodgau')!;
    const d = [
      await invite(open.id, dietzenbach),
      await invite(open.id, dietzenbach),
      await invite(open.id, dietzenbach),
    ];
    const r = await invite(open.id, rodgau);
    await invite(open.id, rodgau, true); // revoked: counts nowhere
    await invite(open.id, null);
    await answer(open.id, open.versionId, d[0], true);
    await answer(open.id, open.versionId, d[1], false); // started, not sent
    await answer(open.id, open.versionId, r, true);
    await invite(closed.id, dietzenbach);

    const body = await get<DashboardSurveys>(coordinator, '/api/dashboard/surveys');
    expect(body.surveys.map((s) => s.surveyId)).toEqual([open.id]);
    expect(body.surveys[0]).toMatchObject({
      title: { de: 'Erhebungsbogen 2014' },
      invited: 5,
      submitted: 2,
      responsePercent: 40,
    });
    expect(body.surveys[0].municipalities).toEqual([
      { municipalityId: dietzenbach, name: 'Dietzenbach', invited: 3, submitted: 1, responsePercent: 33.3 },
      { municipalityId: rodgau, name: 'Rodgau', invited: 1, submitted: 1, responsePercent: 100 },
      { municipalityId: null, name: null, invited: 1, submitted: 0, responsePercent: 0 },
    ]);
  });

  it('panels per role: finance sees no events, outcomes or survey panel; check-in staff none; anonymous callers must log in', async () => {
    for (const panel of ['events', 'outcomes', 'surveys']) {
      const res = await finance.get(`/api/dashboard/${panel}`);
      expect({ panel, status: res.status, code: res.body.code }).toEqual({ panel, status: 403, code: 'forbidden' });
    }
    for (const panel of ['events', 'grants', 'outcomes', 'surveys']) {
      expect((await checkin.get(`/api/dashboard/${panel}`)).status).toBe(403);
      expect((await t.http.get(`/api/dashboard/${panel}`)).status).toBe(401);
      expect((await admin.get(`/api/dashboard/${panel}`)).status).toBe(200);
      expect((await coordinator.get(`/api/dashboard/${panel}`)).status).toBe(200);
    }
    expect((await finance.get('/api/dashboard/grants')).status).toBe(200);
  });

  it('refuses a bad filter with 400 naming the field', async () => {
    const res = await coordinator.get('/api/dashboard/events?year=zwanzig&actionFieldId=-1&extra=1');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['actionFieldId', 'year']));
  });
});
