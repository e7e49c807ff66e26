import { downsample, MAX_CHART_POINTS } from './downsample.util';

const series = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ i, v: f(i) }));

describe('downsample', () => {
  it('returns a short series unchanged', () => {
    const s = series(365, (i) => i % 7);
    expect(downsample(s, (p) => p.v)).toBe(s);
    expect(downsample(s, (p) => p.v, 365)).toBe(s);
  });

  it('cuts a long series to the maximum, keeping first and last and the order', () => {
    const s = series(10 * 365, (i) => Math.sin(i / 10));
    const out = downsample(s, (p) => p.v);
    expect(out).toHaveLength(MAX_CHART_POINTS);
    expect(out[0]).toBe(s[0]);
    expect(out[out.length - 1]).toBe(s[s.length - 1]);
    const xs = out.map((p) => p.i);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('keeps a single spike that an every-n-th sample would miss', () => {
    const s = series(5000, (i) => (i === 2347 ? 500 : 1));
    const out = downsample(s, (p) => p.v, 100);
    expect(out).toHaveLength(100);
    expect(out.some((p) => p.i === 2347)).toBe(true);
    expect(Math.max(...out.map((p) => p.v))).toBe(500);
  });

  it('refuses a maximum below three', () => {
    expect(() =>
      downsample(
        series(10, () => 0),
        (p) => p.v,
        2,
      ),
    ).toThrow(RangeError);
  });
});
