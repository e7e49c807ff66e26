import { formatCents, formatGermanDecimal, formatGermanNumber, type IndicatorUnit } from '@wir/shared';
import { UNIT_SUFFIX } from './narrative-labels.constant';

/** An indicator value as the report prints it: "25", "12,5 %", "1.200,00 €", "ja"; "–" when there is none. */
export function formatIndicatorValue(unit: IndicatorUnit, value: number | null): string {
  if (value === null) return '–';
  if (unit === 'yes_no') return value >= 1 ? 'ja' : 'nein';
  if (unit === 'cents') return formatCents(Math.round(value));
  return `${formatGermanDecimal(Math.round(value * 100))}${UNIT_SUFFIX[unit]}`;
}

/** An achievement ratio as a whole percentage ("72 %"); "–" without a target. */
export function formatAchievement(achievement: number | null): string {
  return achievement === null ? '–' : `${formatGermanNumber(Math.round(achievement * 100), { fractionDigits: 0 })} %`;
}
