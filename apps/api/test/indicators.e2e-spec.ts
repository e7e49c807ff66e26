import { wirGrant } from './support/grant-fixtures';
import { addIndicator, createMeasure, errorPaths, type MeasureApp, startMeasureApp } from './support/measure-fixtures';

describe('indicators: Wirkungstreppe, targets, exact values, corrections, freeze', () => {
  let { t, coordinator, finance, master } = {} as MeasureApp;
  beforeAll(async () => ({ t, coordinator, finance, master } = await startMeasureApp()));
  afterAll(() => t.close());

  const value = (indicatorId: number, body: Record<string, unknown>) =>
    coordinator.post(`/api/indicators/${indicatorId}/values`, body);

  it('creates indicators with every field, level and step consistent, in order', async () => {
    const measure = await createMeasure(coordinator, master.openingId);
    const trained = await coordinator.post(`/api/measures/${measure.id}/indicators`, {
      name: 'Geschulte Rettungskräfte',
      level: 'output',
      step: 2,
      byMunicipality: true,
      method: 'Check-ins am Workshop',
      baseline: { value: 0, date: '2014-01-01' },
      source: { kind: 'participants', count: 'checked_in', organisationTypes: ['rescue_service'] },
    });
    expect(trained.status).toBe(201);
    expect(trained.body).toMatchObject({
      measureId: measure.id,
      level: 'output',
      step: 2,
      unit: 'count',
      aggregation: 'sum',
      direction: 'increase',
      byMunicipality: true,
      method: 'Check-ins am Workshop',
      baseline: { value: 0, date: '2014-01-01' },
      source: { kind: 'participants', count: 'checked_in', organisationTypes: ['rescue_service'] },
      position: 1,
      targets: [],
    });
    const rate = await addIndicator(coordinator, measure.id, {
      name: 'Abschlussquote',
      level: 'outcome',
      step: 4,
      unit: 'percent',
      baseline: { value: '62.5', date: '2013-12-31' },
    });
    const detail = await finance.get(`/api/measures/${measure.id}`);
    expect(
      detail.body.indicators.map((i: { id: number; position: number; aggregation: string }) => [
        i.id,
        i.position,
        i.aggregation,
      ]),
    ).toEqual([
      [trained.body.id, 1, 'sum'],
      [rate.id, 2, 'avg'],
    ]);
    expect(detail.body.indicators[1].baseline).toEqual({ value: 62.5, date: '2013-12-31' });

    for (const [body, path] of [
      [{ name: 'x', level: 'output', step: 5 }, 'step'],
      [{ name: 'x', level: 'impact', step: 6 }, 'step'],
      [{ name: 'x', level: 'input', step: 1 }, 'step'],
      [{ name: 'x', level: 'outcome', step: 4, direction: 'decrease' }, 'baseline'],
      [{ name: 'x', level: 'input', source: { kind: 'spend' }, byMunicipality: true }, 'byMunicipality'],
      [{ name: 'x', level: 'output', step: 1, unit: 'percent', aggregation: 'sum' }, 'aggregation'],
      [{ name: 'x', level: 'output', step: 1, baseline: { value: 1.5, date: '2014-01-01' } }, 'baseline.value'],
    ] as const) {
      const res = await coordinator.post(`/api/measures/${measure.id}/indicators`, body);
      expect([res.status, errorPaths(res.body)]).toEqual([400, [path]]);
    }
    expect((await coordinator.post('/api/measures/999999/indicators', { name: 'x', level: 'input' })).status).toBe(404);
  });

  it('checks a change against the merged indicator; unit and split stay once figures exist; delete is audited', async () => {
    const measure = await createMeasure(coordinator, master.openingId);
    const ind = await addIndicator(coordinator, measure.id, { name: 'Kurse', level: 'output', step: 1 });
    expect((await coordinator.patch(`/api/indicators/${ind.id}`, { level: 'outcome' })).status).toBe(400);
    const moved = await coordinator.patch(`/api/indicators/${ind.id}`, {
      level: 'outcome',
      step: 4,
      name: 'Kurse abgeschlossen',
    });
    expect(moved.body).toMatchObject({ level: 'outcome', step: 4, name: 'Kurse abgeschlossen' });
    expect(errorPaths((await coordinator.patch(`/api/indicators/${ind.id}`, { direction: 'decrease' })).body)).toEqual([
      'baseline',
    ]);
    expect((await coordinator.patch(`/api/indicators/${ind.id}`, { unit: 'hours' })).body.unit).toBe('hours');
    expect((await value(ind.id, { period: '2014', municipalityId: null, value: 3 })).status).toBe(201);
    const unit = await coordinator.patch(`/api/indicators/${ind.id}`, { unit: 'count' });
    expect([unit.status, errorPaths(unit.body)]).toEqual([409, ['unit']]);
    expect((await finance.delete(`/api/indicators/${ind.id}`)).status).toBe(403);
    expect((await coordinator.delete(`/api/indicators/${ind.id}`)).status).toBe(204);
    expect((await coordinator.get(`/api/indicators/${ind.id}/values`)).status).toBe(404);
    const log = await (await t.admin()).get('/api/audit-log?entity=indicator');
    expect(
      log.body.items.find(
        (e: { entityId: string; action: string }) => e.entityId === String(ind.id) && e.action === 'delete',
      ).before,
    ).toMatchObject({ name: 'Kurse abgeschlossen', valueEntries: 1 });
  });

  it('takes targets per the reporting interval within the measure period; 400 names the entry', async () => {
    const measure = await createMeasure(coordinator, master.openingId, {
      reportingInterval: 'quarter',
      periodStart: '2014-05-01',
      periodEnd: '2015-03-31',
    });
    const byPlace = await addIndicator(coordinator, measure.id, {
      name: 'Lotsen',
      level: 'output',
      step: 2,
      byMunicipality: true,
    });
    const district = await addIndicator(coordinator, measure.id, {
      name: 'Leitbild',
      level: 'impact',
      step: 7,
      unit: 'yes_no',
    });
    const ok = await coordinator.put(`/api/indicators/${byPlace.id}/targets`, {
      targets: [
        { period: '2014-Q2', municipalityId: master.dietzenbachId, value: 5 },
        { period: '2014-Q2', municipalityId: master.rodgauId, value: '7' },
        { period: '2015-Q1', municipalityId: null, value: 30 },
      ],
    });
    expect(ok.status).toBe(200);
    // District first, then by municipality id.
    const [lower, higher] = [
      { municipalityId: master.dietzenbachId, value: 5 },
      { municipalityId: master.rodgauId, value: 7 },
    ].sort((a, b) => a.municipalityId - b.municipalityId);
    expect(ok.body.items).toEqual([
      { period: '2014-Q2', ...lower },
      { period: '2014-Q2', ...higher },
      { period: '2015-Q1', municipalityId: null, value: 30 },
    ]);
    const bad = await coordinator.put(`/api/indicators/${byPlace.id}/targets`, {
      targets: [
        { period: '2014', municipalityId: null, value: 1 },
        { period: '2014-Q1', municipalityId: null, value: 1 },
        { period: '2015-Q2', municipalityId: null, value: 1 },
        { period: '2014-H2', municipalityId: null, value: 1 },
        { period: '2014-Q3', municipalityId: 999_999, value: 1 },
        { period: '2014-Q4', municipalityId: null, value: 2.5 },
        { period: '2014-Q3', municipalityId: master.rodgauId, value: 1 },
        { period: '2014-Q3', municipalityId: master.rodgauId, value: 2 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(errorPaths(bad.body)).toEqual([
      'targets.0.period',
      'targets.1.period',
      'targets.2.period',
      'targets.3.period',
      'targets.4.municipalityId',
      'targets.5.value',
      'targets.7',
    ]);
    expect(bad.body.errors[0].message).toMatch(/per quarter/);
    expect(bad.body.errors[1].message).toMatch(/outside/);
    expect((await finance.get(`/api/measures/${measure.id}`)).body.indicators[0].targets).toHaveLength(3);
    expect(
      errorPaths(
        (
          await coordinator.put(`/api/indicators/${district.id}/targets`, {
            targets: [{ period: '2014-Q4', municipalityId: master.rodgauId, value: 1 }],
          })
        ).body,
      ),
    ).toEqual(['targets.0.municipalityId']);
    expect(
      errorPaths(
        (
          await coordinator.put(`/api/indicators/${district.id}/targets`, {
            targets: [{ period: '2014-Q4', municipalityId: null, value: 2 }],
          })
        ).body,
      ),
    ).toEqual(['targets.0.value']);
    expect(
      (
        await coordinator.put(`/api/indicators/${district.id}/targets`, {
          targets: [{ period: '2014-Q4', municipalityId: null, value: 1 }],
        })
      ).status,
    ).toBe(200);
    expect((await coordinator.put(`/api/indicators/${district.id}/targets`, { targets: [] })).body.items).toEqual([]);
    expect((await finance.put(`/api/indicators/${district.id}/targets`, { targets: [] })).status).toBe(403);
  });

  it('stores values exactly: counts whole, cents whole, percent and hours to two decimals without drift', async () => {
    const measure = await createMeasure(coordinator, master.openingId, { reportingInterval: 'half' });
    const hours = await addIndicator(coordinator, measure.id, {
      name: 'Beratungsstunden',
      level: 'output',
      step: 1,
      unit: 'hours',
      byMunicipality: true,
    });
    const pct = await addIndicator(coordinator, measure.id, {
      name: 'Zufriedenheit',
      level: 'output',
      step: 3,
      unit: 'percent',
    });
    const count = await addIndicator(coordinator, measure.id, { name: 'Kurse', level: 'output', step: 1 });
    expect(
      (await value(hours.id, { period: '2014-H1', municipalityId: master.dietzenbachId, value: 0.1 })).body.value,
    ).toBe(0.1);
    expect(
      (await value(hours.id, { period: '2014-H1', municipalityId: master.rodgauId, value: '0.2' })).body.value,
    ).toBe(0.2);
    const progress = await finance.get(`/api/measures/${measure.id}/progress?asOf=2014-12-31`);
    const hoursRows = progress.body.indicators.find((i: { indicatorId: number }) => i.indicatorId === hours.id).rows;
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in integer hundredths it is 0.3.
    expect(hoursRows[0]).toMatchObject({ period: '2014-H1', municipalityId: null, actual: 0.3, actualOrigin: 'sum' });
    expect(progress.text).toContain('"actual":0.3,');
    expect(progress.text).not.toContain('0.30000000000000004');

    expect((await value(pct.id, { period: '2014-H1', municipalityId: null, value: 33.33 })).body.value).toBe(33.33);
    for (const [v, path] of [
      [33.333, 'value'],
      ['1,5', 'value'],
      [-1, 'value'],
    ] as const) {
      const res = await value(pct.id, { period: '2014-H2', municipalityId: null, value: v });
      expect([res.status, errorPaths(res.body)]).toEqual([400, [path]]);
    }
    expect(errorPaths((await value(pct.id, { period: '2014-H2', municipalityId: null, value: 100.01 })).body)).toEqual([
      'value',
    ]);
    expect(errorPaths((await value(count.id, { period: '2014-H1', municipalityId: null, value: 2.5 })).body)).toEqual([
      'value',
    ]);
    expect(
      errorPaths((await value(count.id, { period: '2014-H1', municipalityId: master.rodgauId, value: 2 })).body),
    ).toEqual(['municipalityId']);
    expect(errorPaths((await value(hours.id, { period: '2014-H1', municipalityId: null, value: 2 })).body)).toEqual([
      'municipalityId',
    ]);
    expect(errorPaths((await value(count.id, { period: '2014', municipalityId: null, value: 2 })).body)).toEqual([
      'period',
    ]);
    expect(errorPaths((await value(count.id, { period: '2015-H1', municipalityId: null, value: 2 })).body)).toEqual([
      'period',
    ]);
    const money = await addIndicator(coordinator, measure.id, { name: 'Honorare', level: 'input', unit: 'cents' });
    expect((await value(money.id, { period: '2014-H2', municipalityId: null, value: 4_831_600 })).body.value).toBe(
      4_831_600,
    );
    expect(errorPaths((await value(money.id, { period: '2014-H1', municipalityId: null, value: 10.5 })).body)).toEqual([
      'value',
    ]);
  });

  it('is append-only: a duplicate is 409, a correction supersedes with a reason, the history stays', async () => {
    const measure = await createMeasure(coordinator, master.openingId);
    const ind = await addIndicator(coordinator, measure.id, { name: 'Befragte Kommunen', level: 'output', step: 2 });
    const first = await value(ind.id, {
      period: '2014',
      municipalityId: null,
      value: 6,
      note: 'Stand Juni',
      evidence: 'Erhebungsbögen, Ordner 3',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      value: 6,
      note: 'Stand Juni',
      evidence: 'Erhebungsbögen, Ordner 3',
      supersedesId: null,
      current: true,
      recordedBy: { id: coordinator.id },
    });
    const twice = await value(ind.id, { period: '2014', municipalityId: null, value: 7 });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain(`entry ${first.body.id}`);
    expect(
      errorPaths(
        (await value(ind.id, { period: '2014', municipalityId: null, value: 7, supersedes: first.body.id })).body,
      ),
    ).toEqual(['reason']);
    const fixed = await value(ind.id, {
      period: '2014',
      municipalityId: null,
      value: 7,
      supersedes: first.body.id,
      reason: 'Nachmeldung Seligenstadt',
    });
    expect(fixed.status).toBe(201);
    const again = await value(ind.id, {
      period: '2014',
      municipalityId: null,
      value: 8,
      supersedes: first.body.id,
      reason: 'nochmal',
    });
    expect([again.status, errorPaths(again.body)]).toEqual([409, ['supersedes']]);
    const other = await addIndicator(coordinator, measure.id, { name: 'Institutionen', level: 'output', step: 2 });
    const foreign = await value(other.id, {
      period: '2014',
      municipalityId: null,
      value: 1,
      supersedes: fixed.body.id,
      reason: 'x',
    });
    expect([foreign.status, errorPaths(foreign.body)]).toEqual([400, ['supersedes']]);

    const history = await finance.get(`/api/indicators/${ind.id}/values`);
    expect(
      history.body.items.map(
        (v: {
          id: number;
          value: number;
          current: boolean;
          supersedesId: number | null;
          supersededById: number | null;
          reason: string;
        }) => [v.id, v.value, v.current, v.supersedesId, v.supersededById, v.reason],
      ),
    ).toEqual([
      [first.body.id, 6, false, null, fixed.body.id, ''],
      [fixed.body.id, 7, true, first.body.id, null, 'Nachmeldung Seligenstadt'],
    ]);
    const progress = await finance.get(`/api/measures/${measure.id}/progress?asOf=2014-12-31`);
    expect(progress.body.indicators[0].total.actual).toBe(7);
    // Values are dated by their period: before 2014 began, nothing counted yet.
    expect(
      (await finance.get(`/api/measures/${measure.id}/progress?asOf=2013-12-31`)).body.indicators[0].total.actual,
    ).toBeNull();
    const log = await (await t.admin()).get('/api/audit-log?entity=indicator_value');
    expect(
      log.body.items.filter((e: { after: { indicatorId: number } }) => e.after?.indicatorId === ind.id),
    ).toHaveLength(2);
  });

  it('lets simultaneous first entries and corrections of one value race: one wins, the others get 409', async () => {
    const measure = await createMeasure(coordinator, master.openingId);
    const ind = await addIndicator(coordinator, measure.id, { name: 'Treffen', level: 'output', step: 1 });
    const first = await value(ind.id, { period: '2014', municipalityId: null, value: 2 });
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        value(ind.id, {
          period: '2014',
          municipalityId: null,
          value: 2 + n,
          supersedes: first.body.id,
          reason: `Korrektur ${n}`,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const fresh = await addIndicator(coordinator, measure.id, { name: 'Protokolle', level: 'output', step: 1 });
    const firstTry = await Promise.all(
      [1, 2, 3].map((n) => value(fresh.id, { period: '2014', municipalityId: null, value: n })),
    );
    expect(firstTry.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect((await finance.get(`/api/indicators/${fresh.id}/values`)).body.items).toHaveLength(1);
  });

  it('refuses values of derived indicators', async () => {
    const measure = await createMeasure(coordinator, master.openingId);
    const ind = await addIndicator(coordinator, measure.id, {
      name: 'Teilnehmende',
      level: 'output',
      step: 2,
      source: { kind: 'participants' },
    });
    expect((await value(ind.id, { period: '2014', municipalityId: null, value: 3 })).status).toBe(409);
  });

  it('freezes values and targets of the periods a submitted proof of use covers (409)', async () => {
    const { grant } = await wirGrant(finance);
    const measure = await createMeasure(coordinator, master.openingId, {
      grantId: grant.id,
      periodStart: '2014-01-01',
      periodEnd: '2015-12-31',
    });
    const ind = await addIndicator(coordinator, measure.id, { name: 'Lotsen qualifiziert', level: 'output', step: 2 });
    const entry = await value(ind.id, { period: '2014', municipalityId: null, value: 10 });
    await coordinator.put(`/api/indicators/${ind.id}/targets`, {
      targets: [{ period: '2014', municipalityId: null, value: 12 }],
    });
    const submitted = await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-03-01' });
    expect(submitted.status).toBe(200);

    const correction = await value(ind.id, {
      period: '2014',
      municipalityId: null,
      value: 11,
      supersedes: entry.body.id,
      reason: 'Nachmeldung',
    });
    expect(correction.status).toBe(409);
    expect(correction.body.detail).toMatch(/01\.03\.2015/);
    expect(correction.body).toMatchObject({
      code: 'indicator_figures_frozen',
      params: { proofSubmittedOn: '2015-03-01', periods: '2014' },
    });
    expect(
      (
        await coordinator.put(`/api/indicators/${ind.id}/targets`, {
          targets: [{ period: '2014', municipalityId: null, value: 15 }],
        })
      ).status,
    ).toBe(409);
    expect((await coordinator.put(`/api/indicators/${ind.id}/targets`, { targets: [] })).status).toBe(409);
    expect((await coordinator.delete(`/api/indicators/${ind.id}`)).status).toBe(409);
    // 2015 lies outside the grant's period 2014: still open.
    expect((await value(ind.id, { period: '2015', municipalityId: null, value: 4 })).status).toBe(201);
    const kept = await coordinator.put(`/api/indicators/${ind.id}/targets`, {
      targets: [
        { period: '2014', municipalityId: null, value: 12 },
        { period: '2015', municipalityId: null, value: 8 },
      ],
    });
    expect(kept.status).toBe(200);
    expect(
      (await finance.get(`/api/indicators/${ind.id}/values`)).body.items.map((v: { value: number }) => v.value),
    ).toEqual([10, 4]);
  });
});
