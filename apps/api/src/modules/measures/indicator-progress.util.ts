import type {
  ActualOrigin,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorStatus,
  IndicatorUnit,
  ReportingInterval,
} from '@wir/shared';
import { divideRounded, periodsBetween } from '@wir/shared';

/**
 * The rules of progress, on integer hundredths ("centi"). Pure: the service loads the facts.
 *
 * Status of a row (a period, or the whole measure, for a municipality or the district):
 * - `no_target`: no target;
 * - `achieved`: the actual reached the target in the indicator's direction;
 * - the period has not started: `on_track`; it is over (asOf on or after its last day): `behind`;
 * - while it runs: `on_track` when the achievement is at most ON_TRACK_TOLERANCE below the share of
 *   the period elapsed (an even pace), else `behind`; a yes/no indicator is `on_track` while it runs.
 *   A missing actual counts as nothing achieved.
 */
export const ON_TRACK_TOLERANCE = 0.2;

export type ProgressIndicator = {
  unit: IndicatorUnit;
  aggregation: IndicatorAggregation;
  direction: IndicatorDirection;
  byMunicipality: boolean;
  baselineCenti: number | null;
};
export type ProgressMeasure = { periodStart: string; periodEnd: string; reportingInterval: ReportingInterval };
/** A target or an actual at one period and municipality (null: the district). */
export type Cell = { period: string; municipalityId: number | null; centi: number; sampleSize?: number | null };

export type RowResult = {
  period: string | null;
  periodStart: string;
  periodEnd: string;
  municipalityId: number | null;
  baselineCenti: number | null;
  targetCenti: number | null;
  actualCenti: number | null;
  actualOrigin: ActualOrigin | null;
  achievement: number | null;
  elapsedShare: number;
  status: IndicatorStatus;
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Share of [start, end] (whole days, both included) elapsed at the end of `asOf`, 0–1. */
export function elapsedShare(start: string, end: string, asOf: string): number {
  if (asOf < start) return 0;
  if (asOf >= end) return 1;
  return (dayNumber(asOf) - dayNumber(start) + 1) / (dayNumber(end) - dayNumber(start) + 1);
}

/** (actual − baseline) ÷ (target − baseline), respecting the direction; a missing baseline is 0. */
export function achievement(
  direction: IndicatorDirection,
  baseline: number | null,
  target: number,
  actual: number | null,
): number {
  const b = baseline ?? 0;
  const a = actual ?? b;
  if (target === b) return reached(direction, target, a) ? 1 : 0;
  return direction === 'increase' ? (a - b) / (target - b) : (b - a) / (b - target);
}

function reached(direction: IndicatorDirection, target: number, actual: number): boolean {
  return direction === 'increase' ? actual >= target : actual <= target;
}

export function rowStatus(input: {
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  elapsed: number;
  ended: boolean;
}): IndicatorStatus {
  if (input.target === null) return 'no_target';
  if (input.actual !== null && reached(input.direction, input.target, input.actual)) return 'achieved';
  if (input.elapsed === 0) return 'on_track';
  if (input.ended) return 'behind';
  if (input.unit === 'yes_no') return 'on_track';
  return (input.achievement ?? 0) >= input.elapsed - ON_TRACK_TOLERANCE ? 'on_track' : 'behind';
}

/** Values add up across municipalities (and periods): sums, and states of additive units. */
export function isAdditive(i: Pick<ProgressIndicator, 'aggregation' | 'unit'>): boolean {
  if (i.unit === 'percent' || i.unit === 'score' || i.unit === 'yes_no') return false;
  return i.aggregation === 'sum' || i.aggregation === 'last';
}

/** Weighted mean of cells that all carry a sample size; null when one does not (never an average of averages). */
export function weightedMean(cells: Cell[]): { centi: number; sampleSize: number } | null {
  if (cells.length === 0 || cells.some((c) => !c.sampleSize)) return null;
  const n = cells.reduce((s, c) => s + c.sampleSize!, 0);
  return {
    centi: divideRounded(
      cells.reduce((s, c) => s + c.centi * c.sampleSize!, 0),
      n,
    ),
    sampleSize: n,
  };
}

const sum = (cells: Cell[]) => cells.reduce((s, c) => s + c.centi, 0);

/**
 * The district figure of one period from its cells: an entered (or live) district cell wins, except
 * for a `sum` kept by municipality, which is always the sum of the municipality rows; a mean or share
 * is weighted by the rows' sample sizes.
 */
export function districtCell(
  indicator: ProgressIndicator,
  district: Cell | undefined,
  municipal: Cell[],
  liveOrigin: boolean,
): { cell: Cell | null; origin: ActualOrigin | null } {
  if (liveOrigin) return { cell: district ?? null, origin: district ? 'live' : null };
  if (indicator.byMunicipality && indicator.aggregation === 'sum' && municipal.length > 0) {
    return {
      cell: { period: municipal[0].period, municipalityId: null, centi: sum(municipal), sampleSize: null },
      origin: 'sum',
    };
  }
  if (district) return { cell: district, origin: 'entered' };
  if (!indicator.byMunicipality || municipal.length === 0) return { cell: null, origin: null };
  if (isAdditive(indicator))
    return {
      cell: { period: municipal[0].period, municipalityId: null, centi: sum(municipal), sampleSize: null },
      origin: 'sum',
    };
  if (indicator.unit === 'yes_no') return { cell: null, origin: null };
  const mean = weightedMean(municipal);
  return mean
    ? {
        cell: { period: municipal[0].period, municipalityId: null, centi: mean.centi, sampleSize: mean.sampleSize },
        origin: 'weighted_mean',
      }
    : { cell: null, origin: null };
}

/** The district target of a period: entered, else (additive) the sum of the municipality targets. */
function districtTarget(indicator: ProgressIndicator, district: Cell | undefined, municipal: Cell[]): number | null {
  if (district) return district.centi;
  if (indicator.byMunicipality && isAdditive(indicator) && municipal.length > 0) return sum(municipal);
  return null;
}

function row(
  indicator: ProgressIndicator,
  range: { period: string | null; start: string; end: string },
  municipalityId: number | null,
  baseline: number | null,
  target: number | null,
  actual: number | null,
  origin: ActualOrigin | null,
  asOf: string,
): RowResult {
  const elapsed = elapsedShare(range.start, range.end, asOf);
  const ach = target === null ? null : achievement(indicator.direction, baseline, target, actual);
  return {
    period: range.period,
    periodStart: range.start,
    periodEnd: range.end,
    municipalityId,
    baselineCenti: baseline,
    targetCenti: target,
    actualCenti: actual,
    actualOrigin: actual === null ? null : origin,
    achievement: ach === null ? null : round4(ach),
    elapsedShare: round4(elapsed),
    // On its last day a period counts as over: what is not reached by then is behind.
    status: rowStatus({
      unit: indicator.unit,
      direction: indicator.direction,
      target,
      actual,
      achievement: ach,
      elapsed,
      ended: asOf >= range.end,
    }),
  };
}

/**
 * Rows per period of the measure (district, then municipalities with a target or an actual) and the
 * total over the whole measure period. `liveTotal`: for derived sources the total is computed from
 * the underlying records (e.g. spend ÷ participants), not from the period rows.
 * Baselines apply to district rows; municipality rows of additive indicators start from 0.
 */
export function indicatorProgress(input: {
  indicator: ProgressIndicator;
  measure: ProgressMeasure;
  asOf: string;
  targets: Cell[];
  actuals: Cell[];
  live: boolean;
  liveTotal?: number | null;
}): { rows: RowResult[]; total: RowResult } {
  const { indicator, measure, asOf, targets, actuals, live } = input;
  const baseline = indicator.baselineCenti;
  const municipalBaseline = isAdditive(indicator) ? null : baseline;
  const rows: RowResult[] = [];
  const periodTotals: { target: number | null; actual: Cell | null; origin: ActualOrigin | null }[] = [];

  for (const p of periodsBetween(measure.reportingInterval, measure.periodStart, measure.periodEnd)) {
    const range = {
      period: p.period,
      start: p.start < measure.periodStart ? measure.periodStart : p.start,
      end: p.end > measure.periodEnd ? measure.periodEnd : p.end,
    };
    const tAll = targets.filter((c) => c.period === p.period);
    const aAll = actuals.filter((c) => c.period === p.period);
    const tMunicipal = tAll.filter((c) => c.municipalityId !== null);
    const aMunicipal = aAll.filter((c) => c.municipalityId !== null);
    const target = districtTarget(
      indicator,
      tAll.find((c) => c.municipalityId === null),
      tMunicipal,
    );
    const actual = districtCell(
      indicator,
      aAll.find((c) => c.municipalityId === null),
      aMunicipal,
      live,
    );
    rows.push(row(indicator, range, null, baseline, target, actual.cell?.centi ?? null, actual.origin, asOf));
    periodTotals.push({ target, actual: actual.cell, origin: actual.origin });
    if (indicator.byMunicipality) {
      const ids = [...new Set([...tMunicipal, ...aMunicipal].map((c) => c.municipalityId!))].sort((a, b) => a - b);
      for (const id of ids) {
        const a = aMunicipal.find((c) => c.municipalityId === id);
        rows.push(
          row(
            indicator,
            range,
            id,
            municipalBaseline,
            tMunicipal.find((c) => c.municipalityId === id)?.centi ?? null,
            a?.centi ?? null,
            a ? (live ? 'live' : 'entered') : null,
            asOf,
          ),
        );
      }
    }
  }

  const whole = { period: null, start: measure.periodStart, end: measure.periodEnd };
  const withTarget = periodTotals.filter((t) => t.target !== null);
  const withActual = periodTotals.filter((t) => t.actual !== null);
  let target: number | null = null;
  let actual: number | null = null;
  let origin: ActualOrigin | null = null;
  if (indicator.aggregation === 'sum') {
    target = withTarget.length ? withTarget.reduce((s, t) => s + t.target!, 0) : null;
    actual = withActual.length ? withActual.reduce((s, t) => s + t.actual!.centi, 0) : null;
    origin = 'sum';
  } else {
    target = withTarget.length ? withTarget[withTarget.length - 1].target : null;
    const mean = indicator.aggregation === 'avg' ? weightedMean(withActual.map((t) => t.actual!)) : null;
    if (mean) {
      actual = mean.centi;
      origin = 'weighted_mean';
    } else if (withActual.length) {
      actual = withActual[withActual.length - 1].actual!.centi;
      origin = 'latest';
    }
  }
  if (live && input.liveTotal !== undefined) {
    actual = input.liveTotal;
    origin = 'live';
  }
  return { rows, total: row(indicator, whole, null, baseline, target, actual, origin, asOf) };
}
