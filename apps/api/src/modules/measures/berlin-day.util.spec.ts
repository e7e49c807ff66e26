import { berlinDay, berlinDayEnd } from './berlin-day.util';

describe('Berlin days', () => {
  it('ends a summer day at 22:00 UTC and a winter day at 23:00 UTC', () => {
    expect(berlinDayEnd('2014-05-22').toISOString()).toBe('2014-05-22T22:00:00.000Z');
    expect(berlinDayEnd('2014-12-31').toISOString()).toBe('2014-12-31T23:00:00.000Z');
    // The day clocks go forward (30.03.2014) and back (26.10.2014).
    expect(berlinDayEnd('2014-03-29').toISOString()).toBe('2014-03-29T23:00:00.000Z');
    expect(berlinDayEnd('2014-03-30').toISOString()).toBe('2014-03-30T22:00:00.000Z');
    expect(berlinDayEnd('2014-10-26').toISOString()).toBe('2014-10-26T23:00:00.000Z');
  });
  it('gives the Berlin calendar day of an instant', () => {
    expect(berlinDay(new Date('2014-05-21T22:30:00Z'))).toBe('2014-05-22');
    expect(berlinDay(new Date('2014-12-31T23:30:00Z'))).toBe('2015-01-01');
  });
});
