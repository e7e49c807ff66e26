import { measureRollupStatus, weekStarts } from './dashboard.util';

describe('weekStarts', () => {
  it('gives the Mondays of the weeks ending with the week of the day, oldest first', () => {
    // 22.05.2014 was a Thursday.
    expect(weekStarts('2014-05-22', 3)).toEqual(['2014-05-05', '2014-05-12', '2014-05-19']);
    expect(weekStarts('2014-05-19', 1)).toEqual(['2014-05-19']);
    // A Sunday belongs to the week that began six days before.
    expect(weekStarts('2014-05-25', 1)).toEqual(['2014-05-19']);
  });

  it('crosses a year and a daylight-saving change without a gap', () => {
    const weeks = weekStarts('2015-01-07', 12);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe('2015-01-05');
    expect(weeks[0]).toBe('2014-10-20');
    for (let i = 1; i < weeks.length; i++) expect(Date.parse(weeks[i]) - Date.parse(weeks[i - 1])).toBe(7 * 86_400_000);
  });
});

describe('measureRollupStatus', () => {
  const counts = (achieved: number, on_track: number, behind: number, no_target: number) => ({
    achieved,
    on_track,
    behind,
    no_target,
  });
  it('is behind when one indicator is behind', () => expect(measureRollupStatus(counts(3, 1, 1, 0))).toBe('behind'));
  it('is achieved when every indicator with a target is', () =>
    expect(measureRollupStatus(counts(2, 0, 0, 4))).toBe('achieved'));
  it('is on track while some are on track and none behind', () =>
    expect(measureRollupStatus(counts(2, 1, 0, 0))).toBe('on_track'));
  it('has no target when no indicator has one', () => {
    expect(measureRollupStatus(counts(0, 0, 0, 2))).toBe('no_target');
    expect(measureRollupStatus(counts(0, 0, 0, 0))).toBe('no_target');
  });
});
