import {
  formatCents,
  formatGermanDecimal,
  parseGermanAmount,
  parseGermanDecimal,
  type IndicatorUnit,
} from '@wir/shared';

/** Why a typed value is not one for the unit. */
export type ValueProblem = 'number' | 'whole' | 'yesNo' | 'percentMax';

export type ParsedValue = { ok: true; value: number } | { ok: false; problem: ValueProblem };

const YES = new Set(['ja', 'j', 'yes', 'y', '1']);
const NO = new Set(['nein', 'n', 'no', '0']);

/** A value in the indicator's unit from a number typed the German way; the integers go to the API as exact numbers. */
export function centiToValue(centi: number): number {
  // An integer divided by 100 is the nearest double to the decimal, and prints as that decimal ("72.5").
  return centi / 100;
}

/** A value from the API back to integer hundredths (the API sends at most two decimals). */
export function valueToCenti(value: number): number {
  return Math.round(value * 100);
}

/**
 * A value typed the German way for the unit: "1.234,5" (counts, hours, scores, percentages: at most
 * two decimals), euros "1.234,56" for a unit in cents, "ja"/"nein" (or 1/0) for yes/no.
 */
export function parseIndicatorInput(unit: IndicatorUnit, text: string): ParsedValue {
  const typed = text.trim().toLowerCase();
  if (unit === 'yes_no') {
    if (YES.has(typed)) return { ok: true, value: 1 };
    if (NO.has(typed)) return { ok: true, value: 0 };
    return { ok: false, problem: 'yesNo' };
  }
  if (unit === 'cents') {
    const cents = parseGermanAmount(typed);
    return cents === null || cents < 0 ? { ok: false, problem: 'number' } : { ok: true, value: cents };
  }
  const centi = parseGermanDecimal(typed);
  if (centi === null || centi < 0) return { ok: false, problem: 'number' };
  if (unit === 'count' && centi % 100 !== 0) return { ok: false, problem: 'whole' };
  if (unit === 'percent' && centi > 10_000) return { ok: false, problem: 'percentMax' };
  return { ok: true, value: centiToValue(centi) };
}

/** A stored value as one would type it (the text of a grid cell). */
export function valueToInput(unit: IndicatorUnit, value: number, yesNo: { yes: string; no: string }): string {
  if (unit === 'yes_no') return value >= 1 ? yesNo.yes : yesNo.no;
  if (unit === 'cents') return formatCents(Math.round(value), false);
  return formatGermanDecimal(valueToCenti(value));
}
