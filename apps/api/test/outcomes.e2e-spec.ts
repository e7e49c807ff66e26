import { DataSource } from 'typeorm';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { RetentionService } from '#api/modules/registrations/retention.service';
import { participant, publishedEvent } from './support/event-fixtures';
import { expense, wirGrant } from './support/grant-fixtures';
import {
  addIndicator,
  attendedTraining,
  createMeasure,
  measureMasterData,
  type MeasureApp,
  startMeasureApp,
} from './support/measure-fixtures';

type Row = {
  period: string | null;
  municipalityId: number | null;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  status: string;
  actualOrigin: string | null;
};
type IndicatorProgress = { indicatorId: number; total: Row; rows: Row[] };

describe('outcomes: progress, district totals, derived sources, overview', () => {
  let { t, coordinator, finance, master } = {} as MeasureApp;
  const ds = () => t.app.get(DataSource);
  beforeAll(async () => {
    ({ t, coordinator, finance, master } = await startMeasureApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' }));
  });
  afterAll(() => t.close());

  const progressOf = async (measureId: number, asOf: string) => {
    const res = await finance.get(`/api/measures/${measureId}/progress?asOf=${asOf}`);
    expect(res.status).toBe(200);
    return res.body as {
      statusCounts: Record<string, number>;
      indicators: IndicatorProgress[];
      input: Record<string, unknown>;
      output: Record<string, unknown>;
    };
  };
  const indicator = (p: { indicators: IndicatorProgress[] }, id: number) =>
    p.indicators.find((i) => i.indicatorId === id)!;

  const training = (slug: string) => attendedTraining(t, master, slug);

  it('computes participants, spend and cost per participant live, and they survive anonymisation and erasure', async () => {
    const { grant, lines } = await wirGrant(finance);
    const ev = await training('outcomes-rettungsdienst');
    const measure = await createMeasure(coordinator, master.openingId, {
      grantId: grant.id,
      eventIds: [ev.id],
      workshopIds: ev.workshopIds,
      budgetAllocations: [{ budgetLineId: lines[1].id, plannedCents: 200_000 }],
    });
    const checkedIn = await addIndicator(coordinator, measure.id, {
      name: 'Geschulte Personen',
      level: 'output',
      step: 2,
      byMunicipality: true,
      source: { kind: 'participants' },
    });
    const rescue = await addIndicator(coordinator, measure.id, {
      name: 'Angemeldete Rettungskräfte',
      level: 'output',
      step: 2,
      source: { kind: 'participants', count: 'registered', organisationTypes: ['rescue_service'] },
    });
    const spend = await addIndicator(coordinator, measure.id, {
      name: 'Ausgaben',
      level: 'input',
      source: { kind: 'spend' },
    });
    const perHead = await addIndicator(coordinator, measure.id, {
      name: 'Kosten je Teilnehmende',
      level: 'input',
      source: { kind: 'cost_per_participant' },
    });
    await coordinator.put(`/api/indicators/${checkedIn.id}/targets`, {
      targets: [{ period: '2014', municipalityId: null, value: 4 }],
    });
    await coordinator.put(`/api/indicators/${spend.id}/targets`, {
      targets: [{ period: '2014', municipalityId: null, value: 140_000 }],
    });
    await expense(finance, grant.id, lines[1].id, 120_000, { measureId: measure.id });
    await expense(finance, grant.id, lines[4].id, 30_001, { measureId: measure.id });
    await expense(finance, grant.id, lines[1].id, 99_999);

    const before = await progressOf(measure.id, '2014-12-31');
    // Three checked in (the workshop's two are the event's people: counted once), split by municipality.
    expect(indicator(before, checkedIn.id).total).toMatchObject({
      target: 4,
      actual: 3,
      achievement: 0.75,
      actualOrigin: 'live',
      status: 'behind',
    });
    expect(indicator(before, checkedIn.id).rows.map((r) => [r.municipalityId, r.actual])).toEqual(
      [
        [null, 3],
        [master.dietzenbachId, 2],
        [master.rodgauId, 1],
      ].sort((a, b) => (a[0] === null ? -1 : b[0] === null ? 1 : (a[0] as number) - (b[0] as number))),
    );
    expect(indicator(before, rescue.id).total.actual).toBe(2);
    expect(indicator(before, spend.id).total).toMatchObject({ target: 140_000, actual: 150_001, status: 'achieved' });
    // 150.001 cents for 3 people: 50.000,33… → 50.000 whole cents.
    expect(indicator(before, perHead.id).total.actual).toBe(50_000);
    expect(before.input).toEqual({
      allocations: [
        {
          budgetLineId: lines[1].id,
          code: '2',
          name: 'Innovative Projekte',
          plannedCents: 200_000,
          spentCents: 120_000,
        },
      ],
      allocatedCents: 200_000,
      spentCents: 150_001,
    });
    expect(before.output).toMatchObject({
      events: [{ eventId: ev.id, registered: 4, checkedIn: 3 }],
      workshops: [{ workshopId: ev.workshopIds[0], eventId: ev.id, registered: 2, checkedIn: 2 }],
      registered: 4,
      checkedIn: 3,
    });
    // As of the day before the training: registered, nobody checked in yet; before the registrations: nobody.
    expect(indicator(await progressOf(measure.id, '2014-05-21'), checkedIn.id).total.actual).toBe(0);
    expect(indicator(await progressOf(measure.id, '2014-05-21'), rescue.id).total.actual).toBe(2);
    expect(indicator(await progressOf(measure.id, '2014-05-01'), rescue.id).total.actual).toBe(0);
    const overviewBefore = (await finance.get('/api/outcomes/overview?year=2014')).body;

    // After the training an admin erases two people on request (one of them in the workshop, one never came) ...
    for (const id of [ev.registrationIds[0], ev.registrationIds[3]])
      expect((await (await t.admin()).post(`/api/registrations/${id}/erase`)).status).toBe(200);
    expect(await ds().getRepository(RegistrationEntity).findOneByOrFail({ id: ev.registrationIds[0] })).toMatchObject({
      firstName: '',
      email: expect.not.stringContaining('@example.org'),
      anonymisedAt: expect.any(Date),
    });
    expect(await progressOf(measure.id, '2014-12-31')).toEqual(before);
    expect((await finance.get('/api/outcomes/overview?year=2014')).body).toEqual(overviewBefore);
    // ... and the retention job anonymises everybody else (the event ended long ago).
    expect(await t.app.get(RetentionService).anonymiseExpired(new Date('2016-01-01T00:00:00Z'))).toBe(2);
    expect(await ds().getRepository(RegistrationEntity).findOneByOrFail({ id: ev.registrationIds[1] })).toMatchObject({
      firstName: '',
      lastName: '',
      anonymisedAt: expect.any(Date),
    });
    expect(await progressOf(measure.id, '2014-12-31')).toEqual(before);
    expect((await finance.get('/api/outcomes/overview?year=2014')).body).toEqual(overviewBefore);
  });

  it('erasing a person before the event frees the seat: the registration no longer counts', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, { slug: 'outcomes-vorab', capacity: 5 });
    const measure = await createMeasure(coordinator, master.openingId, {
      eventIds: [ev.id],
      periodStart: '2000-01-01',
      periodEnd: '2099-12-31',
    });
    const registered = await addIndicator(coordinator, measure.id, {
      name: 'Angemeldet',
      level: 'output',
      step: 2,
      source: { kind: 'participants', count: 'registered' },
    });
    const a = await t.http.post('/api/public/events/outcomes-vorab/registrations').send(participant());
    await t.http.post('/api/public/events/outcomes-vorab/registrations').send(participant());
    const asOf = '2099-12-31';
    expect(indicator(await progressOf(measure.id, asOf), registered.id).total.actual).toBe(2);
    expect((await admin.post(`/api/registrations/${a.body.id}/erase`)).status).toBe(200);
    expect(indicator(await progressOf(measure.id, asOf), registered.id).total.actual).toBe(1);
  });

  it('gives achievement and status per period as of a day, and the status counts of the measure', async () => {
    const measure = await createMeasure(coordinator, master.welcomeId, { reportingInterval: 'half' });
    const guides = await addIndicator(coordinator, measure.id, {
      name: 'Qualifizierte Lotsen',
      level: 'output',
      step: 2,
    });
    const complaints = await addIndicator(coordinator, measure.id, {
      name: 'Beschwerden',
      level: 'outcome',
      step: 6,
      direction: 'decrease',
      baseline: { value: 40, date: '2013-12-31' },
    });
    const guideline = await addIndicator(coordinator, measure.id, {
      name: 'Leitbild beschlossen',
      level: 'impact',
      step: 7,
      unit: 'yes_no',
    });
    const untargeted = await addIndicator(coordinator, measure.id, { name: 'Einsätze', level: 'output', step: 1 });
    await coordinator.put(`/api/indicators/${guides.id}/targets`, {
      targets: [
        { period: '2014-H1', municipalityId: null, value: 10 },
        { period: '2014-H2', municipalityId: null, value: 10 },
      ],
    });
    await coordinator.put(`/api/indicators/${complaints.id}/targets`, {
      targets: [{ period: '2014-H2', municipalityId: null, value: 20 }],
    });
    await coordinator.put(`/api/indicators/${guideline.id}/targets`, {
      targets: [{ period: '2014-H2', municipalityId: null, value: 1 }],
    });
    const v = (id: number, period: string, value: number) =>
      coordinator.post(`/api/indicators/${id}/values`, { period, municipalityId: null, value });
    await v(guides.id, '2014-H1', 10);
    await v(guides.id, '2014-H2', 2);
    await v(complaints.id, '2014-H2', 30);
    await v(untargeted.id, '2014-H1', 5);

    const autumn = await progressOf(measure.id, '2014-09-30');
    const g = indicator(autumn, guides.id);
    expect(g.rows.map((r) => [r.period, r.target, r.actual, r.achievement, r.status])).toEqual([
      ['2014-H1', 10, 10, 1, 'achieved'],
      // 92 of 184 days of H2 elapsed (0.5): 0.2 achieved is more than 20 points behind.
      ['2014-H2', 10, 2, 0.2, 'behind'],
    ]);
    // Whole year: 12 of 20, 0.6 at 273/365 ≈ 0.75 elapsed: within 20 points → on track.
    expect(g.total).toMatchObject({ target: 20, actual: 12, achievement: 0.6, status: 'on_track' });
    // A decrease from 40 to 30 towards 20: half way; on track for H2 (half elapsed), behind for the year (three quarters elapsed).
    expect(indicator(autumn, complaints.id).rows[1]).toMatchObject({
      period: '2014-H2',
      target: 20,
      actual: 30,
      achievement: 0.5,
      status: 'on_track',
    });
    expect(indicator(autumn, complaints.id).total).toMatchObject({
      target: 20,
      actual: 30,
      achievement: 0.5,
      status: 'behind',
    });
    expect(indicator(autumn, guideline.id).total).toMatchObject({ target: 1, actual: null, status: 'on_track' });
    expect(indicator(autumn, untargeted.id).total).toMatchObject({
      target: null,
      actual: 5,
      achievement: null,
      status: 'no_target',
    });
    expect(autumn.statusCounts).toEqual({ achieved: 0, on_track: 2, behind: 1, no_target: 1 });

    const after = await progressOf(measure.id, '2015-01-31');
    expect(after.statusCounts).toEqual({ achieved: 0, on_track: 0, behind: 3, no_target: 1 });
    await v(guideline.id, '2014-H2', 1);
    await coordinator.post(`/api/indicators/${complaints.id}/values`, {
      period: '2014-H2',
      municipalityId: null,
      value: 18,
      supersedes: (await finance.get(`/api/indicators/${complaints.id}/values`)).body.items[0].id,
      reason: 'Jahresauswertung',
    });
    const done = await progressOf(measure.id, '2015-01-31');
    expect(indicator(done, complaints.id).total).toMatchObject({ actual: 18, achievement: 1.1, status: 'achieved' });
    expect(done.statusCounts).toEqual({ achieved: 2, on_track: 0, behind: 1, no_target: 1 });
    const list = (await finance.get(`/api/measures?actionFieldId=${master.welcomeId}`)).body.items;
    expect(list.find((m: { id: number }) => m.id === measure.id)).toMatchObject({
      indicatorCount: 4,
      statusCounts: done.statusCounts,
    });
    expect((await finance.get(`/api/measures/${measure.id}/progress?asOf=2014-02-30`)).status).toBe(400);
    expect((await finance.get('/api/measures/999999/progress')).status).toBe(404);
  });

  it('builds district rows by the aggregation: sums add up, shares are entered or weighted, never an average of averages', async () => {
    const measure = await createMeasure(coordinator, master.welcomeId);
    const courses = await addIndicator(coordinator, measure.id, {
      name: 'Kursplätze',
      level: 'output',
      step: 2,
      byMunicipality: true,
    });
    const rate = await addIndicator(coordinator, measure.id, {
      name: 'Abschlussquote',
      level: 'outcome',
      step: 4,
      unit: 'percent',
      byMunicipality: true,
    });
    const entered = await addIndicator(coordinator, measure.id, {
      name: 'Zufriedenheit',
      level: 'output',
      step: 3,
      unit: 'percent',
      byMunicipality: true,
    });
    const v = (id: number, municipalityId: number | null, value: number, sampleSize?: number) =>
      coordinator.post(`/api/indicators/${id}/values`, { period: '2014', municipalityId, value, sampleSize });
    await coordinator.put(`/api/indicators/${courses.id}/targets`, {
      targets: [
        { period: '2014', municipalityId: master.dietzenbachId, value: 20 },
        { period: '2014', municipalityId: master.rodgauId, value: 30 },
      ],
    });
    await v(courses.id, master.dietzenbachId, 25);
    await v(courses.id, master.rodgauId, 15);
    // 90 % of 10 and 50 % of 90: 54 % of 100 people, not 70 %.
    await v(rate.id, master.dietzenbachId, 90, 10);
    await v(rate.id, master.rodgauId, 50, 90);
    await v(entered.id, master.dietzenbachId, 90, 10);
    await v(entered.id, master.rodgauId, 50);
    const p = await progressOf(measure.id, '2014-12-31');
    expect(indicator(p, courses.id).rows[0]).toMatchObject({
      municipalityId: null,
      target: 50,
      actual: 40,
      actualOrigin: 'sum',
      status: 'behind',
    });
    expect(indicator(p, courses.id).rows.find((r) => r.municipalityId === master.dietzenbachId)).toMatchObject({
      target: 20,
      actual: 25,
      status: 'achieved',
    });
    expect(indicator(p, rate.id).rows[0]).toMatchObject({
      municipalityId: null,
      actual: 54,
      actualOrigin: 'weighted_mean',
    });
    // Without every sample size there is no district share until the district row is entered.
    expect(indicator(p, entered.id).rows[0]).toMatchObject({ municipalityId: null, actual: null });
    await v(entered.id, null, 61.5);
    expect(indicator(await progressOf(measure.id, '2014-12-31'), entered.id).rows[0]).toMatchObject({
      actual: 61.5,
      actualOrigin: 'entered',
    });
    expect((await v(courses.id, null, 40)).status).toBe(400);
  });

  it('aggregates the overview per action field and measure, with reach by municipality and organisation type', async () => {
    const fields = await measureMasterData(await t.admin());
    const { grant, lines } = await wirGrant(finance);
    const ev = await training('outcomes-uebersicht');
    const a = await createMeasure(coordinator, fields.openingId, {
      code: 'OV-A',
      grantId: grant.id,
      eventIds: [ev.id],
      budgetAllocations: [{ budgetLineId: lines[0].id, plannedCents: 500_000 }],
    });
    const b = await createMeasure(coordinator, fields.openingId, {
      code: 'OV-B',
      grantId: grant.id,
      workshopIds: ev.workshopIds,
      periodStart: '2014-03-01',
      periodEnd: '2015-06-30',
    });
    const c = await createMeasure(coordinator, fields.welcomeId, {
      periodStart: '2015-01-01',
      periodEnd: '2015-12-31',
    });
    const reached = await addIndicator(coordinator, a.id, {
      name: 'Erreichte',
      level: 'output',
      step: 2,
      source: { kind: 'participants' },
    });
    await coordinator.put(`/api/indicators/${reached.id}/targets`, {
      targets: [{ period: '2014', municipalityId: null, value: 3 }],
    });
    await addIndicator(coordinator, b.id, { name: 'ohne Ziel', level: 'output', step: 1 });
    await expense(finance, grant.id, lines[0].id, 90_000, { measureId: a.id });
    await expense(finance, grant.id, lines[0].id, 10_000, { measureId: b.id, date: '2014-12-30' });

    const res = await finance.get(`/api/outcomes/overview?year=2014&actionFieldId=${fields.openingId}`);
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o).toMatchObject({ asOf: '2014-12-31', year: 2014 });
    expect(o.actionFields).toEqual([
      {
        actionFieldId: fields.openingId,
        name: expect.stringContaining('Interkulturelle Öffnung'),
        measureCount: 2,
        statusCounts: { achieved: 1, on_track: 0, behind: 0, no_target: 1 },
      },
    ]);
    expect(o.measures.map((m: { measureId: number }) => m.measureId)).toEqual([a.id, b.id]);
    expect(o.measures[0]).toMatchObject({
      allocatedCents: 500_000,
      spentCents: 90_000,
      registered: 4,
      checkedIn: 3,
      costPerParticipantCents: 30_000,
      statusCounts: { achieved: 1 },
    });
    expect(o.measures[1]).toMatchObject({
      spentCents: 10_000,
      registered: 2,
      checkedIn: 2,
      costPerParticipantCents: 5_000,
    });
    // People of both measures once: the workshop's two are among the event's four.
    expect(o.totals).toMatchObject({
      measures: 2,
      indicators: 2,
      spentCents: 100_000,
      allocatedCents: 500_000,
      registered: 4,
      checkedIn: 3,
      costPerParticipantCents: 33_333,
    });
    const byPlace = Object.fromEntries(
      o.participantsByMunicipality.map(
        (r: { municipalityId: number | null; registered: number; checkedIn: number }) => [
          String(r.municipalityId),
          [r.registered, r.checkedIn],
        ],
      ),
    );
    expect(byPlace).toEqual({
      [String(master.dietzenbachId)]: [2, 2],
      [String(master.rodgauId)]: [1, 1],
      null: [1, 0],
    });
    expect(o.participantsByOrganisationType).toEqual([
      { type: 'association', registered: 1, checkedIn: 0 },
      { type: 'municipal_integration_office', registered: 1, checkedIn: 1 },
      { type: 'rescue_service', registered: 2, checkedIn: 2 },
    ]);
    // Another year: the training and the receipts fall outside.
    const y2015 = (await finance.get(`/api/outcomes/overview?year=2015&actionFieldId=${fields.openingId}`)).body;
    expect(y2015.measures.map((m: { measureId: number }) => m.measureId)).toEqual([b.id]);
    expect(y2015.measures[0]).toMatchObject({
      spentCents: 0,
      registered: 0,
      checkedIn: 0,
      costPerParticipantCents: null,
    });
    expect(
      (await finance.get(`/api/outcomes/overview?grantId=${grant.id}`)).body.measures.map(
        (m: { measureId: number }) => m.measureId,
      ),
    ).toEqual([a.id, b.id]);
    expect(
      (await finance.get(`/api/outcomes/overview?actionFieldId=${fields.welcomeId}&year=2015`)).body.measures.map(
        (m: { measureId: number }) => m.measureId,
      ),
    ).toEqual([c.id]);
    expect((await finance.get('/api/outcomes/overview?year=20x4')).status).toBe(400);
  });
});
