import {
  achievement,
  districtCell,
  elapsedShare,
  indicatorProgress,
  rowStatus,
  weightedMean,
  type ProgressIndicator,
} from './indicator-progress.util';

const count: ProgressIndicator = {
  unit: 'count',
  aggregation: 'sum',
  direction: 'increase',
  byMunicipality: false,
  baselineCenti: null,
};
const year2014 = { periodStart: '2014-01-01', periodEnd: '2014-12-31', reportingInterval: 'year' as const };

describe('elapsedShare', () => {
  it('counts whole days, both ends included', () => {
    expect(elapsedShare('2014-01-01', '2014-12-31', '2013-12-31')).toBe(0);
    expect(elapsedShare('2014-01-01', '2014-12-31', '2014-01-01')).toBeCloseTo(1 / 365, 10);
    expect(elapsedShare('2014-01-01', '2014-12-31', '2014-07-02')).toBeCloseTo(183 / 365, 10);
    expect(elapsedShare('2014-01-01', '2014-12-31', '2014-12-31')).toBe(1);
    expect(elapsedShare('2014-01-01', '2014-12-31', '2015-03-01')).toBe(1);
  });
});

describe('achievement respects the direction', () => {
  it('increase: (actual − baseline) ÷ (target − baseline)', () => {
    expect(achievement('increase', 1000, 3000, 2000)).toBe(0.5);
    expect(achievement('increase', null, 2500, 2000)).toBe(0.8);
    expect(achievement('increase', null, 2500, null)).toBe(0);
    expect(achievement('increase', 1000, 3000, 500)).toBe(-0.25);
  });
  it('decrease: the same ratio from above', () => {
    expect(achievement('decrease', 4000, 2000, 3000)).toBe(0.5);
    expect(achievement('decrease', 4000, 2000, 1500)).toBe(1.25);
    expect(achievement('decrease', 4000, 2000, 5000)).toBe(-0.5);
  });
  it('target equal to baseline: reached or not', () => {
    expect(achievement('increase', 500, 500, 500)).toBe(1);
    expect(achievement('decrease', 500, 500, 600)).toBe(0);
  });
});

describe('rowStatus thresholds', () => {
  const base = { unit: 'count' as const, direction: 'increase' as const, target: 2500 };
  it('no target', () =>
    expect(rowStatus({ ...base, target: null, actual: 10, achievement: null, elapsed: 0.5, ended: false })).toBe(
      'no_target',
    ));
  it('achieved as soon as the target is reached, even early', () =>
    expect(rowStatus({ ...base, actual: 2500, achievement: 1, elapsed: 0.1, ended: false })).toBe('achieved'));
  it('decrease: achieved at or below the target', () =>
    expect(
      rowStatus({ ...base, direction: 'decrease', actual: 2400, achievement: 1.1, elapsed: 0.5, ended: false }),
    ).toBe('achieved'));
  it('before the period: on track', () =>
    expect(rowStatus({ ...base, actual: null, achievement: 0, elapsed: 0, ended: false })).toBe('on_track'));
  it('after the period without the target: behind', () =>
    expect(rowStatus({ ...base, actual: 2499, achievement: 0.9996, elapsed: 1, ended: true })).toBe('behind'));
  it.each([
    [0.3, 0.5, 'on_track'],
    [0.3, 0.49, 'on_track'],
    [0.3, 0.51, 'behind'],
    [0, 0.19, 'on_track'],
    [0, 0.21, 'behind'],
  ])(
    'running: achievement %d at %d elapsed → %s (20 points below an even pace is the limit)',
    (ach, elapsed, status) => {
      expect(rowStatus({ ...base, actual: 1, achievement: ach, elapsed, ended: false })).toBe(status);
    },
  );
  it('yes/no: on track while the period runs', () =>
    expect(
      rowStatus({ ...base, unit: 'yes_no', target: 100, actual: 0, achievement: 0, elapsed: 0.9, ended: false }),
    ).toBe('on_track'));
});

describe('district rows', () => {
  const cell = (municipalityId: number | null, centi: number, sampleSize: number | null = null) => ({
    period: '2014',
    municipalityId,
    centi,
    sampleSize,
  });
  it('sum by municipality: the sum of the municipality rows, exact (0.1 + 0.2 = 0.3)', () => {
    const hours: ProgressIndicator = { ...count, unit: 'hours', byMunicipality: true };
    expect(districtCell(hours, undefined, [cell(1, 10), cell(2, 20)], false)).toEqual({
      cell: { period: '2014', municipalityId: null, centi: 30, sampleSize: null },
      origin: 'sum',
    });
  });
  it('percent: the entered district row wins', () => {
    const pct: ProgressIndicator = { ...count, unit: 'percent', aggregation: 'avg', byMunicipality: true };
    expect(districtCell(pct, cell(null, 7000), [cell(1, 9000, 10), cell(2, 5000, 90)], false).cell!.centi).toBe(7000);
  });
  it('percent: else weighted by the sample sizes, never an average of averages', () => {
    const pct: ProgressIndicator = { ...count, unit: 'percent', aggregation: 'avg', byMunicipality: true };
    // 90 % of 10 people and 50 % of 90 people: 54 % of all 100, not (90 + 50) / 2 = 70 %.
    expect(districtCell(pct, undefined, [cell(1, 9000, 10), cell(2, 5000, 90)], false)).toMatchObject({
      cell: { centi: 5400, sampleSize: 100 },
      origin: 'weighted_mean',
    });
    expect(districtCell(pct, undefined, [cell(1, 9000, 10), cell(2, 5000)], false)).toEqual({
      cell: null,
      origin: null,
    });
  });
  it('weightedMean rounds half away from zero in hundredths', () => {
    expect(weightedMean([cell(1, 1, 1), cell(2, 2, 1)])).toEqual({ centi: 2, sampleSize: 2 });
    expect(weightedMean([cell(1, 3333, 3), cell(2, 0, 0)])).toBeNull();
  });
});

describe('indicatorProgress', () => {
  it('rows per period of the interval within the measure, clipped to its period, and a total', () => {
    const result = indicatorProgress({
      indicator: count,
      measure: { periodStart: '2014-05-01', periodEnd: '2014-12-31', reportingInterval: 'quarter' },
      asOf: '2014-08-15',
      targets: [
        { period: '2014-Q2', municipalityId: null, centi: 1000 },
        { period: '2014-Q3', municipalityId: null, centi: 1500 },
      ],
      actuals: [
        { period: '2014-Q2', municipalityId: null, centi: 1200 },
        { period: '2014-Q3', municipalityId: null, centi: 300 },
      ],
      live: false,
    });
    expect(result.rows.map((r) => [r.period, r.periodStart, r.periodEnd, r.status])).toEqual([
      ['2014-Q2', '2014-05-01', '2014-06-30', 'achieved'],
      ['2014-Q3', '2014-07-01', '2014-09-30', 'behind'],
      ['2014-Q4', '2014-10-01', '2014-12-31', 'no_target'],
    ]);
    expect(result.rows[1]).toMatchObject({ achievement: 0.2, elapsedShare: ofQ3(), actualOrigin: 'entered' });
    expect(result.total).toMatchObject({
      period: null,
      targetCenti: 2500,
      actualCenti: 1500,
      achievement: 0.6,
      actualOrigin: 'sum',
      status: 'on_track',
    });
  });

  it('avg totals are weighted over the periods; last totals take the latest period', () => {
    const pct: ProgressIndicator = {
      unit: 'percent',
      aggregation: 'avg',
      direction: 'increase',
      byMunicipality: false,
      baselineCenti: 6000,
    };
    const halves = { periodStart: '2014-01-01', periodEnd: '2014-12-31', reportingInterval: 'half' as const };
    const actuals = [
      { period: '2014-H1', municipalityId: null, centi: 7000, sampleSize: 30 },
      { period: '2014-H2', municipalityId: null, centi: 9000, sampleSize: 10 },
    ];
    const targets = [{ period: '2014-H2', municipalityId: null, centi: 8000 }];
    const avg = indicatorProgress({
      indicator: pct,
      measure: halves,
      asOf: '2015-01-10',
      targets,
      actuals,
      live: false,
    });
    expect(avg.total).toMatchObject({
      targetCenti: 8000,
      actualCenti: 7500,
      actualOrigin: 'weighted_mean',
      achievement: 0.75,
      status: 'behind',
    });
    const last = indicatorProgress({
      indicator: { ...pct, aggregation: 'last' },
      measure: halves,
      asOf: '2015-01-10',
      targets,
      actuals,
      live: false,
    });
    expect(last.total).toMatchObject({ actualCenti: 9000, actualOrigin: 'latest', status: 'achieved' });
  });

  it('by municipality: district row from the municipalities, municipality rows without the district baseline', () => {
    const result = indicatorProgress({
      indicator: { ...count, byMunicipality: true, baselineCenti: 500 },
      measure: year2014,
      asOf: '2014-12-31',
      targets: [
        { period: '2014', municipalityId: 3, centi: 1000 },
        { period: '2014', municipalityId: 7, centi: 1500 },
      ],
      actuals: [
        { period: '2014', municipalityId: 3, centi: 1100 },
        { period: '2014', municipalityId: 7, centi: 900 },
      ],
      live: false,
    });
    expect(result.rows.map((r) => [r.municipalityId, r.baselineCenti, r.targetCenti, r.actualCenti, r.status])).toEqual(
      [
        [null, 500, 2500, 2000, 'behind'],
        [3, null, 1000, 1100, 'achieved'],
        [7, null, 1500, 900, 'behind'],
      ],
    );
  });

  it('derived sources: the live total replaces the sum of the periods', () => {
    const result = indicatorProgress({
      indicator: { ...count, unit: 'cents', aggregation: 'avg', direction: 'decrease', baselineCenti: 600000 },
      measure: year2014,
      asOf: '2014-06-01',
      targets: [{ period: '2014', municipalityId: null, centi: 500000 }],
      actuals: [{ period: '2014', municipalityId: null, centi: 510000 }],
      live: true,
      liveTotal: 480000,
    });
    expect(result.rows[0]).toMatchObject({
      actualCenti: 510000,
      actualOrigin: 'live',
      achievement: 0.9,
      status: 'on_track',
    });
    expect(result.total).toMatchObject({
      actualCenti: 480000,
      actualOrigin: 'live',
      achievement: 1.2,
      status: 'achieved',
    });
  });
});

/** 2014-08-15 in Q3 (92 days from 1 July): 46 days elapsed. */
function ofQ3(): number {
  return Math.round((46 / 92) * 10_000) / 10_000;
}
