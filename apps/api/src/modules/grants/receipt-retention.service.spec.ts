import { yearsBefore } from './receipt-retention.service';

describe('receipt retention dates', () => {
  it('counts whole calendar years back', () => {
    expect(yearsBefore('2020-04-01', 5)).toBe('2015-04-01');
    expect(yearsBefore('2020-12-31', 1)).toBe('2019-12-31');
  });
  it('turns 29 February into 28 February in a common year', () => {
    expect(yearsBefore('2024-02-29', 5)).toBe('2019-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });
});
