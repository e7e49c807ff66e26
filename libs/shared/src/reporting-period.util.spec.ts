import { parseReportingPeriod, periodOfDate, periodProblem, periodsBetween } from './reporting-period.util';

describe('parseReportingPeriod', () => {
  it.each([
    ['2014', 'year', '2014-01-01', '2014-12-31'],
    ['2014-H1', 'half', '2014-01-01', '2014-06-30'],
    ['2014-H2', 'half', '2014-07-01', '2014-12-31'],
    ['2014-Q1', 'quarter', '2014-01-01', '2014-03-31'],
    ['2016-Q1', 'quarter', '2016-01-01', '2016-03-31'],
    ['2014-Q3', 'quarter', '2014-07-01', '2014-09-30'],
    ['2014-Q4', 'quarter', '2014-10-01', '2014-12-31'],
  ])('%s → %s %s – %s', (text, interval, start, end) =>
    expect(parseReportingPeriod(text)).toEqual({ period: text, interval, start, end }),
  );

  it.each(['', '14', '2014-Q5', '2014-H3', '2014-q1', '2014-01', '2014 ', 'x2014', '0999'])('rejects %j', (text) =>
    expect(parseReportingPeriod(text)).toBeNull(),
  );
});

describe('periodOfDate and periodsBetween', () => {
  it('finds the period of a day', () => {
    expect(periodOfDate('year', '2014-05-22')).toBe('2014');
    expect(periodOfDate('half', '2014-06-30')).toBe('2014-H1');
    expect(periodOfDate('half', '2014-07-01')).toBe('2014-H2');
    expect(periodOfDate('quarter', '2014-05-22')).toBe('2014-Q2');
    expect(periodOfDate('quarter', '2014-12-31')).toBe('2014-Q4');
  });

  it('lists every period overlapping a span, across years', () => {
    expect(periodsBetween('quarter', '2014-05-01', '2015-01-15').map((p) => p.period)).toEqual([
      '2014-Q2',
      '2014-Q3',
      '2014-Q4',
      '2015-Q1',
    ]);
    expect(periodsBetween('half', '2014-01-01', '2014-12-31').map((p) => p.period)).toEqual(['2014-H1', '2014-H2']);
    expect(periodsBetween('year', '2014-03-01', '2016-02-01').map((p) => p.period)).toEqual(['2014', '2015', '2016']);
    expect(periodsBetween('year', '2015-01-01', '2014-01-01')).toEqual([]);
  });
});

describe('periodProblem', () => {
  const measure = { reportingInterval: 'quarter' as const, periodStart: '2014-05-01', periodEnd: '2014-12-31' };
  it('accepts a period of the interval that overlaps the measure', () => {
    expect(periodProblem('2014-Q2', measure)).toBeNull();
    expect(periodProblem('2014-Q4', measure)).toBeNull();
  });
  it('names what is wrong', () => {
    expect(periodProblem('2014', measure)).toMatch(/per quarter/);
    expect(periodProblem('2014-H2', measure)).toMatch(/per quarter/);
    expect(periodProblem('2014-Q1', measure)).toMatch(/outside/);
    expect(periodProblem('2015-Q1', measure)).toMatch(/outside/);
    expect(periodProblem('Q1', measure)).toMatch(/not a period/);
  });
});
