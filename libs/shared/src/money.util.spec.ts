import { formatCents, parseGermanAmount } from './money.util';

describe('formatCents', () => {
  it.each([
    [4831600, '48.316,00\u00a0€'],
    [0, '0,00\u00a0€'],
    [5, '0,05\u00a0€'],
    [-123456, '-1.234,56\u00a0€'],
    [100000000, '1.000.000,00\u00a0€'],
  ])('%i → %s', (cents, text) => expect(formatCents(cents)).toBe(text));

  it('refuses fractions of a cent', () => expect(() => formatCents(1.5)).toThrow(RangeError));
});

describe('parseGermanAmount', () => {
  it.each([
    ['1.234,56', 123456],
    ['48316', 4831600],
    ['48.316,00 €', 4831600],
    ['12,5', 1250],
    ['0,07', 7],
    ['-3,10', -310],
  ])('%s → %i', (text, cents) => expect(parseGermanAmount(text)).toBe(cents));

  it.each(['', 'abc', '1,234.56', '12,345', '1.23,00', '1e3'])('rejects %s', (text) =>
    expect(parseGermanAmount(text)).toBeNull(),
  );

  it('round-trips with formatCents', () => {
    for (const cents of [1, 99, 100, 123456789, 4831600]) {
      expect(parseGermanAmount(formatCents(cents))).toBe(cents);
    }
  });
});
