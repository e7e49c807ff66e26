import { isFrozenPeriod, valueProblem } from './indicator-rules.util';

describe('valueProblem', () => {
  it.each([
    ['count', 2500, null],
    ['count', 2550, 'must be a whole number'],
    ['cents', 483160000, null],
    ['cents', 1050, 'is whole cents'],
    ['yes_no', 100, null],
    ['yes_no', 0, null],
    ['yes_no', 200, 'is 0 (no) or 1 (yes)'],
    ['percent', 10000, null],
    ['percent', 10001, 'a percentage is at most 100'],
    ['hours', 12345, null],
    ['score', -1, 'must not be negative'],
  ] as const)('%s %i → %s', (unit, centi, problem) => expect(valueProblem(unit, centi)).toBe(problem));
});

describe('isFrozenPeriod', () => {
  const grant = { proofSubmittedOn: '2015-03-01', periodStart: '2014-01-01', periodEnd: '2014-12-31' };
  it('freezes the periods the submitted grant covers', () => {
    expect(isFrozenPeriod('2014', grant)).toBe(true);
    expect(isFrozenPeriod('2014-Q4', grant)).toBe(true);
    expect(isFrozenPeriod('2015-Q1', grant)).toBe(false);
    expect(isFrozenPeriod('2013-H2', grant)).toBe(false);
  });
  it('freezes nothing before the submission or without a grant', () => {
    expect(isFrozenPeriod('2014', { ...grant, proofSubmittedOn: null })).toBe(false);
    expect(isFrozenPeriod('2014', null)).toBe(false);
  });
  it('freezes a year that only partly overlaps a grant period', () =>
    expect(isFrozenPeriod('2014', { ...grant, periodStart: '2014-07-01', periodEnd: '2015-06-30' })).toBe(true));
});
