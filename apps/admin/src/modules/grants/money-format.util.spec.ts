import { parseGermanAmount } from '@wir/shared';
import { centsToInput, formatEuros } from './money-format.util';

describe('centsToInput', () => {
  it.each([
    [123456, '1.234,56'],
    [4831600, '48.316,00'],
    [5, '0,05'],
    [0, '0,00'],
    [-1250, '-12,50'],
  ])('%i cents → %s (no € sign, as one types it)', (cents, text) => expect(centsToInput(cents)).toBe(text));

  it('leaves the field empty when there is no amount', () => {
    expect(centsToInput(null)).toBe('');
    expect(centsToInput(undefined)).toBe('');
  });

  it.each([1, 99, 100, 123456, 100000000])('reads back to the same cents (%i)', (cents) =>
    expect(parseGermanAmount(centsToInput(cents))).toBe(cents),
  );
});

describe('formatEuros', () => {
  it.each([
    [1200000, '12.000\u00a0€'],
    [123456789, '1.234.568\u00a0€'],
    [149, '1\u00a0€'],
    [150, '2\u00a0€'],
    [0, '0\u00a0€'],
    [-123456, '-1.235\u00a0€'],
  ])('%i cents → %j', (cents, text) => expect(formatEuros(cents)).toBe(text));

  it('never shows "-0" for less than half a euro below zero', () => expect(formatEuros(-49)).toBe('0\u00a0€'));
});
