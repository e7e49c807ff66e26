import type { IndicatorUnit } from '@wir/shared';
import { parseReportingPeriod, WHOLE_NUMBER_UNITS } from '@wir/shared';

/** Why a value (integer hundredths) does not fit the unit, or null. */
export function valueProblem(unit: IndicatorUnit, centi: number): string | null {
  if (centi < 0) return 'must not be negative';
  if (WHOLE_NUMBER_UNITS.includes(unit) && centi % 100 !== 0)
    return unit === 'cents' ? 'is whole cents' : 'must be a whole number';
  if (unit === 'yes_no' && centi !== 0 && centi !== 100) return 'is 0 (no) or 1 (yes)';
  if (unit === 'percent' && centi > 10_000) return 'a percentage is at most 100';
  return null;
}

/**
 * After the proof of use (Verwendungsnachweis) of the measure's grant was submitted, the figures of
 * the periods it covers stay as reported: a period is frozen when it overlaps the grant's period.
 */
export function isFrozenPeriod(
  period: string,
  grant: { proofSubmittedOn: string | null; periodStart: string; periodEnd: string } | null,
): boolean {
  if (!grant || grant.proofSubmittedOn === null) return false;
  const range = parseReportingPeriod(period);
  return range !== null && range.start <= grant.periodEnd && range.end >= grant.periodStart;
}
