import {
  createIndicatorSchema,
  createIndicatorValueSchema,
  indicatorProblems,
  putTargetsSchema,
  updateIndicatorSchema,
} from './indicator.schema';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.path.join('.'));

describe('createIndicatorSchema', () => {
  it('fills the defaults', () => {
    const parsed = createIndicatorSchema.parse({
      name: 'Geschulte Kräfte',
      level: 'output',
      step: 2,
      source: { kind: 'participants' },
    });
    expect(parsed).toMatchObject({
      unit: 'count',
      aggregation: 'sum',
      direction: 'increase',
      byMunicipality: false,
      source: { kind: 'participants', count: 'checked_in', organisationTypes: [] },
    });
    expect(
      createIndicatorSchema.parse({ name: 'Kosten', level: 'input', source: { kind: 'cost_per_participant' } }),
    ).toMatchObject({ unit: 'cents', aggregation: 'avg', step: null });
    expect(createIndicatorSchema.parse({ name: 'Leitbild', level: 'impact', step: 7, unit: 'yes_no' })).toMatchObject({
      aggregation: 'last',
      source: { kind: 'manual' },
    });
    expect(
      createIndicatorSchema.parse({ name: 'Abschlussquote', level: 'outcome', step: 4, unit: 'percent' }),
    ).toMatchObject({ aggregation: 'avg' });
  });

  it.each([
    [{ level: 'output', step: 4 }, 'step'],
    [{ level: 'outcome', step: 3 }, 'step'],
    [{ level: 'outcome' }, 'step'],
    [{ level: 'impact', step: 6 }, 'step'],
    [{ level: 'input', step: 1 }, 'step'],
  ])('keeps level and step of the Wirkungstreppe consistent: %j', (fields, path) => {
    expect(paths(createIndicatorSchema.safeParse({ name: 'x', ...fields }))).toContain(path);
  });

  it.each([1, 2, 3])('accepts output on step %i', (step) =>
    expect(createIndicatorSchema.safeParse({ name: 'x', level: 'output', step }).success).toBe(true),
  );

  it.each([
    [{ level: 'output', step: 2, unit: 'percent', source: { kind: 'participants' } }, 'unit'],
    [{ level: 'input', source: { kind: 'spend' }, byMunicipality: true }, 'byMunicipality'],
    [{ level: 'input', source: { kind: 'spend' }, aggregation: 'avg' }, 'aggregation'],
    [
      { level: 'output', step: 2, source: { kind: 'participants', organisationTypes: ['nope'] } },
      'source.organisationTypes.0',
    ],
    [{ level: 'output', step: 2, source: { kind: 'survey' } }, 'source.kind'],
  ])('keeps derived sources to their unit, aggregation and the district: %j', (fields, path) => {
    expect(paths(createIndicatorSchema.safeParse({ name: 'x', ...fields }))).toContain(path);
  });

  const share = {
    kind: 'feedback',
    surveyId: 3,
    questionKey: 'kompetenz',
    statistic: 'share_at_least',
    threshold: 4,
  };

  it('takes a feedback source: a mean is a score, a share in percent, both averaged over the district', () => {
    expect(
      createIndicatorSchema.parse({ name: 'Kompetenz gestärkt', level: 'outcome', step: 4, source: share }),
    ).toMatchObject({ unit: 'percent', aggregation: 'avg', byMunicipality: false, source: share });
    expect(
      createIndicatorSchema.parse({
        name: 'Zufriedenheit',
        level: 'output',
        step: 3,
        source: { ...share, statistic: 'mean', threshold: undefined },
      }),
    ).toMatchObject({ unit: 'score', aggregation: 'avg' });
  });

  it.each([
    [{ unit: 'count', aggregation: 'avg', source: share }, ['unit']],
    [{ aggregation: 'last', source: share }, ['aggregation']],
    [{ byMunicipality: true, source: share }, ['byMunicipality']],
    [{ source: { ...share, statistic: 'mean' } }, ['source.threshold']],
    [{ source: { ...share, statistic: 'median' } }, ['source.statistic']],
    [{ source: { ...share, surveyId: 0, questionKey: '' } }, ['source.questionKey', 'source.surveyId']],
    [{ source: { ...share, extra: 1 } }, ['source']],
  ])('refuses a feedback source that does not fit: %j', (fields, expected) => {
    expect(paths(createIndicatorSchema.safeParse({ name: 'x', level: 'outcome', step: 4, ...fields })).sort()).toEqual(
      expected,
    );
  });

  it('does not add up percentages, scores or yes/no', () => {
    for (const unit of ['percent', 'score', 'yes_no'])
      expect(
        paths(createIndicatorSchema.safeParse({ name: 'x', level: 'outcome', step: 4, unit, aggregation: 'sum' })),
      ).toContain('aggregation');
  });

  it('needs a baseline for a decrease and whole numbers for counts', () => {
    expect(
      paths(createIndicatorSchema.safeParse({ name: 'x', level: 'outcome', step: 5, direction: 'decrease' })),
    ).toContain('baseline');
    expect(
      paths(
        createIndicatorSchema.safeParse({
          name: 'x',
          level: 'output',
          step: 1,
          baseline: { value: 2.5, date: '2014-01-01' },
        }),
      ),
    ).toContain('baseline.value');
    expect(
      createIndicatorSchema.safeParse({
        name: 'x',
        level: 'outcome',
        step: 4,
        unit: 'percent',
        baseline: { value: '12.25', date: '2014-01-01' },
      }).success,
    ).toBe(true);
  });

  it('refuses unknown fields', () =>
    expect(createIndicatorSchema.safeParse({ name: 'x', level: 'input', colour: 'red' }).success).toBe(false));
});

describe('updateIndicatorSchema and indicatorProblems', () => {
  it('takes a partial change; the merged indicator is checked by indicatorProblems', () => {
    expect(updateIndicatorSchema.safeParse({ step: 5 }).success).toBe(true);
    expect(updateIndicatorSchema.safeParse({}).success).toBe(false);
    expect(indicatorProblems({ level: 'output', step: 5 }).map((p) => p.path)).toEqual(['step']);
  });
});

describe('targets and values', () => {
  it('accepts numbers and decimal texts with at most two decimals', () => {
    expect(
      putTargetsSchema.safeParse({
        targets: [
          { period: '2014', municipalityId: null, value: 25 },
          { period: '2014', municipalityId: 3, value: '12.5' },
        ],
      }).success,
    ).toBe(true);
    expect(
      paths(putTargetsSchema.safeParse({ targets: [{ period: '2014', municipalityId: null, value: 1.234 }] })),
    ).toEqual(['targets.0.value']);
    expect(
      paths(putTargetsSchema.safeParse({ targets: [{ period: '2014', municipalityId: null, value: -1 }] })),
    ).toEqual(['targets.0.value']);
  });

  it('needs a reason for a correction and only then', () => {
    expect(
      paths(createIndicatorValueSchema.safeParse({ period: '2014', municipalityId: null, value: 1, supersedes: 4 })),
    ).toEqual(['reason']);
    expect(
      paths(
        createIndicatorValueSchema.safeParse({ period: '2014', municipalityId: null, value: 1, reason: 'Tippfehler' }),
      ),
    ).toEqual(['reason']);
    expect(
      createIndicatorValueSchema.safeParse({
        period: '2014',
        municipalityId: null,
        value: 1,
        supersedes: 4,
        reason: 'Tippfehler',
      }).success,
    ).toBe(true);
  });
});
