/**
 * Indicator values are exact: stored as integer hundredths ("centi"), so counts, cents, percentages,
 * scores and hours with at most two decimals never drift (0.1 + 0.2 is 0.3). The API takes a JSON
 * number or a decimal string ("12.5") and answers JSON numbers computed from those integers.
 */

/** Largest accepted magnitude of a value (in its unit): 100 billion. */
export const INDICATOR_VALUE_MAX = 100_000_000_000;

const DECIMAL = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/;

/** A number or decimal text with at most two decimals as integer hundredths; null when it is not one. */
export function toCenti(value: number | string): number | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  // String(0.1) is "0.1": the shortest text that reads back as the same number, i.e. what was typed.
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const centi = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (centi > INDICATOR_VALUE_MAX * 100) return null;
  return m[1] && centi !== 0 ? -centi : centi;
}

/** Integer hundredths back to a number with at most two decimals (correctly rounded, so it prints exactly). */
export function fromCenti(centi: number): number {
  return centi / 100;
}

/** Integer division rounded half away from zero (for means and cost per participant). */
export function divideRounded(numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('division by zero');
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const q = Math.floor(n / d);
  const r = n - q * d;
  return sign * (2 * r >= d ? q + 1 : q);
}
