import { publishedEvent } from './support/event-fixtures';
import { expense, postExpense, wirGrant } from './support/grant-fixtures';
import {
  addIndicator,
  createMeasure,
  errorPaths,
  type MeasureApp,
  measureMasterData,
  startMeasureApp,
} from './support/measure-fixtures';

describe('measures: fields, links, filters, roles, audit, receipts', () => {
  let { t, coordinator, finance, master } = {} as MeasureApp;
  beforeAll(async () => ({ t, coordinator, finance, master } = await startMeasureApp()));
  afterAll(() => t.close());

  it('creates a measure with every field and returns it whole', async () => {
    const admin = await t.admin();
    const { grant, lines } = await wirGrant(finance);
    const event = await publishedEvent(admin, {
      slug: 'massnahme-felder',
      capacity: 30,
      workshops: [{ capacity: 25, startOffsetH: 1 }],
    });
    const organisation = await admin.post('/api/organisations', {
      name: 'Rettungsdienstschule Felder',
      type: 'rescue_service',
    });
    const body = {
      code: 'IÖ-01',
      title: 'Interkulturelle Schulung Rettungsdienst',
      goal: 'Rettungskräfte handeln interkulturell kompetent.',
      description: 'Workshop am 22.05.2014 in der Rettungsdienstschule; Leitbild.',
      status: 'running',
      periodStart: '2014-05-01',
      periodEnd: '2014-12-31',
      reportingInterval: 'quarter',
      actionFieldIds: [master.openingId],
      municipalityIds: [master.dietzenbachId, master.rodgauId],
      responsibleOrganisationId: organisation.body.id,
      targetGroups: ['rescue_services', 'migrants'],
      targetGroupsOther: 'Leitstelle',
      grantId: grant.id,
      budgetAllocations: [{ budgetLineId: lines[1].id, plannedCents: 250_000 }],
      eventIds: [event.id],
      workshopIds: event.workshopIds,
      goodPractice: true,
      sustained: false,
    };
    const res = await coordinator.post('/api/measures', body);
    expect(res.status).toBe(201);
    // Everything sent comes back (municipalities in id order), with no indicators yet.
    expect(res.body).toMatchObject({
      ...body,
      municipalityIds: [...body.municipalityIds].sort((a, b) => a - b),
      indicators: [],
    });
    const read = await finance.get(`/api/measures/${res.body.id}`);
    expect(read.status).toBe(200);
    // The same measure; only what each may do with it differs (finance reads).
    expect(read.body).toEqual({ ...res.body, allowedActions: [] });
    const defaults = await createMeasure(coordinator, master.welcomeId);
    expect(defaults).toMatchObject({
      status: 'planned',
      reportingInterval: 'year',
      municipalityIds: [],
      grantId: null,
      budgetAllocations: [],
      targetGroups: [],
      goodPractice: false,
    });
  });

  it('names each bad field: 400 problem+json, nothing written', async () => {
    const { lines } = await wirGrant(finance);
    const other = await wirGrant(finance);
    const bad = await coordinator.post('/api/measures', {
      code: 'x y',
      title: '',
      periodStart: '2014-13-01',
      periodEnd: '2014-01-01',
      actionFieldIds: [],
      colour: 'rot',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(errorPaths(bad.body)).toEqual(
      expect.arrayContaining(['code', 'title', 'periodStart', 'actionFieldIds', 'colour']),
    );
    const refs = await coordinator.post('/api/measures', {
      code: 'REF-1',
      title: 'Verweise',
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
      actionFieldIds: [master.openingId, 999_999],
      municipalityIds: [999_998],
      eventIds: [999_997],
      workshopIds: [999_996],
      responsibleOrganisationId: 999_995,
      grantId: other.grant.id,
      budgetAllocations: [{ budgetLineId: lines[0].id, plannedCents: 1 }],
    });
    expect(refs.status).toBe(400);
    expect(errorPaths(refs.body).sort()).toEqual([
      'actionFieldIds.1',
      'budgetAllocations.0.budgetLineId',
      'eventIds.0',
      'municipalityIds.0',
      'responsibleOrganisationId',
      'workshopIds.0',
    ]);
    expect((await coordinator.get('/api/measures')).body.items.map((m: { code: string }) => m.code)).not.toContain(
      'REF-1',
    );
    const ended = await coordinator.post('/api/measures', {
      code: 'REF-2',
      title: 'x',
      periodStart: '2014-05-01',
      periodEnd: '2014-04-30',
      actionFieldIds: [master.openingId],
    });
    expect(errorPaths(ended.body)).toEqual(['periodEnd']);
    const noGrant = await coordinator.post('/api/measures', {
      code: 'REF-3',
      title: 'x',
      periodStart: '2014-05-01',
      periodEnd: '2014-06-30',
      actionFieldIds: [master.openingId],
      grantId: null,
      budgetAllocations: [{ budgetLineId: lines[0].id, plannedCents: 5 }],
    });
    expect(errorPaths(noGrant.body)).toEqual(['budgetAllocations']);
  });

  it('keeps the code unique (409 naming the field)', async () => {
    await createMeasure(coordinator, master.openingId, { code: 'DOPPELT' });
    const again = await coordinator.post('/api/measures', {
      code: 'DOPPELT',
      title: 'x',
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
      actionFieldIds: [master.openingId],
    });
    expect(again.status).toBe(409);
    expect(errorPaths(again.body)).toEqual(['code']);
    const other = await createMeasure(coordinator, master.openingId);
    const renamed = await coordinator.patch(`/api/measures/${other.id}`, { code: 'DOPPELT' });
    expect(renamed.status).toBe(409);
  });

  it('changes fields and replaces lists; a new grant drops the old allocations; audited before and after', async () => {
    const a = await wirGrant(finance);
    const b = await wirGrant(finance);
    const measure = await createMeasure(coordinator, master.openingId, {
      grantId: a.grant.id,
      budgetAllocations: [{ budgetLineId: a.lines[0].id, plannedCents: 100 }],
    });
    const changed = await coordinator.patch(`/api/measures/${measure.id}`, {
      title: 'Neuer Titel',
      actionFieldIds: [master.openingId, master.welcomeId],
      municipalityIds: [master.langenId],
      sustained: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: 'Neuer Titel',
      actionFieldIds: [master.openingId, master.welcomeId],
      municipalityIds: [master.langenId],
      sustained: true,
      budgetAllocations: [{ budgetLineId: a.lines[0].id, plannedCents: 100 }],
    });
    const moved = await coordinator.patch(`/api/measures/${measure.id}`, { grantId: b.grant.id });
    expect(moved.body.budgetAllocations).toEqual([]);
    const wrongLine = await coordinator.patch(`/api/measures/${measure.id}`, {
      budgetAllocations: [{ budgetLineId: a.lines[0].id, plannedCents: 100 }],
    });
    expect(wrongLine.status).toBe(400);
    expect(errorPaths(wrongLine.body)).toEqual(['budgetAllocations.0.budgetLineId']);
    expect((await coordinator.patch(`/api/measures/${measure.id}`, { actionFieldIds: [] })).status).toBe(400);
    expect((await coordinator.patch(`/api/measures/${measure.id}`, { periodStart: '2015-01-01' })).status).toBe(400);
    expect((await coordinator.patch(`/api/measures/999999`, { title: 'x' })).status).toBe(404);

    const log = await (await t.admin()).get(`/api/audit-log?entity=measure&userId=${coordinator.id}`);
    const entries = log.body.items.filter((e: { entityId: string }) => e.entityId === String(measure.id));
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
    expect(entries[1]).toMatchObject({
      before: { title: 'Interkulturelle Schulung Rettungsdienst' },
      after: { title: 'Neuer Titel', sustained: true },
    });
  });

  it('keeps targets and values fitting: a period or interval change that would leave them outside is 409', async () => {
    const measure = await createMeasure(coordinator, master.openingId, {
      reportingInterval: 'quarter',
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
    });
    const ind = await addIndicator(coordinator, measure.id, { name: 'Treffen', level: 'output', step: 1 });
    await coordinator.put(`/api/indicators/${ind.id}/targets`, {
      targets: [{ period: '2014-Q1', municipalityId: null, value: 2 }],
    });
    const first = await coordinator.post(`/api/indicators/${ind.id}/values`, {
      period: '2014-Q4',
      municipalityId: null,
      value: 1,
    });
    await coordinator.post(`/api/indicators/${ind.id}/values`, {
      period: '2014-Q4',
      municipalityId: null,
      value: 2,
      supersedes: first.body.id,
      reason: 'Nachtrag',
    });
    const interval = await coordinator.patch(`/api/measures/${measure.id}`, { reportingInterval: 'year' });
    expect([interval.status, errorPaths(interval.body)]).toEqual([409, ['reportingInterval']]);
    expect(interval.body.detail).toContain('2014-Q1, 2014-Q4');
    expect((await coordinator.patch(`/api/measures/${measure.id}`, { periodStart: '2014-04-01' })).status).toBe(409);
    expect((await coordinator.patch(`/api/measures/${measure.id}`, { periodEnd: '2015-06-30' })).status).toBe(200);
    // Deleting the indicator takes its targets and its whole correction chain with it.
    expect((await coordinator.delete(`/api/indicators/${ind.id}`)).status).toBe(204);
    const shorter = await coordinator.patch(`/api/measures/${measure.id}`, {
      reportingInterval: 'year',
      periodStart: '2014-04-01',
    });
    expect(shorter.status).toBe(200);
    expect(shorter.body).toMatchObject({ reportingInterval: 'year', periodStart: '2014-04-01', indicators: [] });
  });

  it('filters by action field, municipality (district-wide ones included), grant, status and year', async () => {
    const { grant } = await wirGrant(finance);
    const fields = await measureMasterData(await t.admin());
    const a = await createMeasure(coordinator, fields.openingId, {
      municipalityIds: [fields.rodgauId],
      grantId: grant.id,
      status: 'running',
    });
    const b = await createMeasure(coordinator, fields.welcomeId, {
      periodStart: '2015-03-01',
      periodEnd: '2016-02-28',
    });
    const c = await createMeasure(coordinator, fields.welcomeId, {
      municipalityIds: [fields.langenId],
      status: 'completed',
      periodStart: '2013-06-01',
      periodEnd: '2014-01-31',
    });
    const ids = async (query: string) =>
      ((await finance.get(`/api/measures?${query}`)).body.items as { id: number }[])
        .map((m) => m.id)
        .filter((id) => [a.id, b.id, c.id].includes(id))
        // The list is ordered by code; the fixture's codes do not sort like their ids.
        .sort((x, y) => x - y);
    expect(await ids(`actionFieldId=${fields.welcomeId}`)).toEqual([b.id, c.id]);
    expect(await ids(`municipalityId=${fields.rodgauId}`)).toEqual([a.id, b.id]);
    expect(await ids(`grantId=${grant.id}`)).toEqual([a.id]);
    expect(await ids('status=completed')).toEqual([c.id]);
    expect(await ids('year=2014')).toEqual([a.id, c.id]);
    expect(await ids('year=2016')).toEqual([b.id]);
    const bad = await finance.get('/api/measures?status=ongoing&year=abc');
    expect(bad.status).toBe(400);
    expect(errorPaths(bad.body).sort()).toEqual(['status', 'year']);
  });

  it('lets coordinators and admins write, finance read, and keeps checkin out', async () => {
    const measure = await createMeasure(coordinator, master.openingId);
    const checkin = await t.userWithRoles(['checkin']);
    expect(
      (
        await finance.post('/api/measures', {
          code: 'F-1',
          title: 'x',
          periodStart: '2014-01-01',
          periodEnd: '2014-12-31',
          actionFieldIds: [master.openingId],
        })
      ).status,
    ).toBe(403);
    expect((await finance.patch(`/api/measures/${measure.id}`, { title: 'x' })).status).toBe(403);
    expect((await finance.post(`/api/measures/${measure.id}/indicators`, { name: 'x', level: 'input' })).status).toBe(
      403,
    );
    expect((await finance.get(`/api/measures/${measure.id}/progress`)).status).toBe(200);
    expect((await finance.get('/api/outcomes/overview')).status).toBe(200);
    for (const url of [
      '/api/measures',
      `/api/measures/${measure.id}`,
      `/api/measures/${measure.id}/progress`,
      '/api/outcomes/overview',
    ]) {
      expect((await checkin.get(url)).status).toBe(403);
    }
    expect((await checkin.post('/api/measures', {})).status).toBe(403);
    expect((await t.http.get('/api/measures')).status).toBe(401);
    const admin = await t.admin();
    expect((await admin.patch(`/api/measures/${measure.id}`, { status: 'running' })).status).toBe(200);
  });

  it('books a receipt on a measure of the same grant only; the measure keeps its grant while receipts are on it', async () => {
    const { grant, lines } = await wirGrant(finance);
    const other = await wirGrant(finance);
    const measure = await createMeasure(coordinator, master.openingId, { grantId: grant.id });
    const foreign = await createMeasure(coordinator, master.openingId, { grantId: other.grant.id });
    const booked = await expense(finance, grant.id, lines[1].id, 120_000, { measureId: measure.id });
    expect(booked).toMatchObject({ amountCents: 120_000 });
    expect((await finance.get(`/api/receipts/${booked.id}`)).body.measureId).toBe(measure.id);
    const wrong = await postExpense(finance, grant.id, lines[1].id, 1, { measureId: foreign.id });
    expect(wrong.status).toBe(400);
    expect(errorPaths(wrong.body)).toEqual(['measureId']);
    const missing = await postExpense(finance, grant.id, lines[1].id, 1, { measureId: 999_999 });
    expect(errorPaths(missing.body)).toEqual(['measureId']);
    const income = await finance.post(`/api/grants/${grant.id}/receipts`, {
      receiptNumber: 'M-Z',
      date: '2014-05-22',
      kind: 'income',
      payee: 'x',
      purpose: 'x',
      amountCents: 1,
      incomeSource: 'grant',
      measureId: measure.id,
    });
    expect(errorPaths(income.body)).toEqual(['measureId']);
    const unlinked = await finance.patch(`/api/receipts/${booked.id}`, { measureId: null });
    expect(unlinked.body.measureId).toBeNull();
    await finance.patch(`/api/receipts/${booked.id}`, { measureId: measure.id });
    expect(
      (await finance.get(`/api/grants/${grant.id}/receipts?measureId=${measure.id}`)).body.items.map(
        (r: { id: number }) => r.id,
      ),
    ).toEqual([booked.id]);

    const regrant = await coordinator.patch(`/api/measures/${measure.id}`, { grantId: other.grant.id });
    expect(regrant.status).toBe(409);
    expect(errorPaths(regrant.body)).toEqual(['grantId']);
    expect((await coordinator.get(`/api/measures/${measure.id}`)).body.grantId).toBe(grant.id);
  });
});
