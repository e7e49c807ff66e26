import { divideRounded, fromCenti, toCenti } from './indicator-value.util';

describe('toCenti / fromCenti: exact values without floating-point drift', () => {
  it.each([
    [0.1, 10],
    [0.2, 20],
    [0.3, 30],
    [12.34, 1234],
    ['12.5', 1250],
    ['0.07', 7],
    [25, 2500],
    ['4831600', 483160000],
    [99999999999.99, 9999999999999],
    ['-1.5', -150],
  ])('%j → %i', (value, centi) => expect(toCenti(value)).toBe(centi));

  it.each([
    1.005,
    1.005 * 1000,
    '1.234',
    '1,5',
    '',
    'abc',
    Number.NaN,
    Infinity,
    1e21,
    '1e3',
    ' . ',
    '100000000000.01',
  ])('rejects %j (more than two decimals, not a number, too large)', (value) =>
    expect(toCenti(value as number | string)).toBeNull(),
  );

  it('adds in integers: 0.1 + 0.2 is 0.3 and prints so', () => {
    const sum = toCenti(0.1)! + toCenti(0.2)!;
    expect(fromCenti(sum)).toBe(0.3);
    expect(JSON.stringify({ v: fromCenti(sum) })).toBe('{"v":0.3}');
    // The float way drifts; the integer way does not.
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('round-trips every hundredth of a range', () => {
    for (let c = 0; c < 100_000; c += 7) expect(toCenti(fromCenti(c))).toBe(c);
  });
});

describe('divideRounded', () => {
  it.each([
    [10, 4, 3],
    [10, 3, 3],
    [5, 2, 3],
    [-5, 2, -3],
    [7, 7, 1],
    [0, 5, 0],
  ])('%i / %i → %i (half away from zero)', (n, d, q) => expect(divideRounded(n, d)).toBe(q));
  it('refuses zero', () => expect(() => divideRounded(1, 0)).toThrow(RangeError));
});
