import type { IndicatorStatusCounts, MeasureRollupStatus } from '@wir/shared';

const DAY_MS = 86_400_000;

/** The Mondays (ISO dates) of the `count` weeks ending with the week of `asOf`, oldest first. */
export function weekStarts(asOf: string, count: number): string[] {
  const day = Date.parse(`${asOf}T00:00:00Z`);
  // getUTCDay: Sunday 0 … Saturday 6; a week starts on Monday.
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: count }, (_, i) =>
    new Date(monday - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

/**
 * A measure's status from its indicators' statuses (as the measure's progress computes them): behind when
 * one indicator is behind; achieved when every indicator with a target is achieved; on track otherwise;
 * no_target when no indicator has a target.
 */
export function measureRollupStatus(counts: IndicatorStatusCounts): MeasureRollupStatus {
  if (counts.behind > 0) return 'behind';
  if (counts.achieved + counts.on_track === 0) return 'no_target';
  return counts.on_track === 0 ? 'achieved' : 'on_track';
}
