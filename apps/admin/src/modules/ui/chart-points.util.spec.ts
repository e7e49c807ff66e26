import { MAX_CHART_POINTS } from '@wir/shared';
import { barsHeight, drawableRows } from './chart-points.util';
import type { ChartRow, ChartSeries } from './chart-spec';

/** Registrations per day over `days` days (one a day) with their running total. */
const days = (count: number): ChartRow[] =>
  Array.from({ length: count }, (_, i) => ({ label: `day ${i}`, count: 1, cumulative: i + 1 }));
const overTime: ChartSeries[] = [
  { key: 'count', name: 'per day', color: '#000', merge: 'sum' },
  { key: 'cumulative', name: 'total', color: '#000', kind: 'line', merge: 'last' },
];
const points = (rows: readonly ChartRow[], series: ChartSeries[]) => rows.length * series.length;

describe('drawableRows: at most ~1,000 points per chart', () => {
  it('draws short data as it is', () => {
    const rows = days(365);
    expect(drawableRows({ rows, series: overTime, time: true })).toBe(rows);
  });

  it('merges a long time series into buckets: sums stay sums, running totals end where they end', () => {
    const rows = days(3 * 365 + 17);
    const drawn = drawableRows({ rows, series: overTime, time: true });
    expect(points(drawn, overTime)).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(drawn.length).toBeGreaterThan(MAX_CHART_POINTS / overTime.length / 2);
    expect(drawn.reduce((sum, r) => sum + (r.count as number), 0)).toBe(rows.length);
    expect(drawn.at(-1)!.cumulative).toBe(rows.length);
    expect(drawn[0]!.label).toBe('day 0');
    const totals = drawn.map((r) => r.cumulative as number);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it('keeps a gap as a gap: a bucket without values stays empty, a running total keeps its last known value', () => {
    const rows: ChartRow[] = Array.from({ length: 4000 }, (_, i) => ({
      label: `m${i}`,
      actual: i < 3000 ? 1 : null,
      planned: i,
    }));
    const series: ChartSeries[] = [
      { key: 'actual', name: 'actual', color: '#000', kind: 'line' },
      { key: 'planned', name: 'planned', color: '#000', kind: 'line' },
    ];
    const drawn = drawableRows({ rows, series, time: true });
    expect(points(drawn, series)).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(drawn.at(-1)).toMatchObject({ actual: null, planned: 3999 });
    expect(drawn.filter((r) => r.actual !== null).length).toBeGreaterThan(0);
  });

  it('cuts a long list of categories after the first (largest) ones and counts every series', () => {
    const rows: ChartRow[] = Array.from({ length: 2000 }, (_, i) => ({ label: `c${i}`, a: 2000 - i, b: i }));
    const two: ChartSeries[] = [
      { key: 'a', name: 'a', color: '#000' },
      { key: 'b', name: 'b', color: '#000' },
    ];
    const drawn = drawableRows({ rows, series: two });
    expect(drawn).toHaveLength(MAX_CHART_POINTS / 2);
    expect(drawn[0]).toBe(rows[0]);
    expect(drawableRows({ rows, series: two }, 10)).toEqual(rows.slice(0, 5));
  });
});

describe('barsHeight', () => {
  it('grows with the rows and keeps a minimum', () => {
    expect(barsHeight(0)).toBe(160);
    expect(barsHeight(10)).toBe(470);
    expect(barsHeight(2, 56, 220)).toBe(220);
  });
});
