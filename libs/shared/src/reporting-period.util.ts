/** How often a measure reports: per calendar year, half-year or quarter. */
export const REPORTING_INTERVALS = ['year', 'half', 'quarter'] as const;
export type ReportingInterval = (typeof REPORTING_INTERVALS)[number];

/** A reporting period as text: `2014`, `2014-H1` … `2014-H2`, `2014-Q1` … `2014-Q4`. */
export const REPORTING_PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

export type PeriodRange = { period: string; interval: ReportingInterval; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The interval and first/last day (ISO dates) of a period text; null when it is not one. */
export function parseReportingPeriod(text: string): PeriodRange | null {
  const m = REPORTING_PERIOD_PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return null;
  const part = m[2];
  let interval: ReportingInterval = 'year';
  let fromMonth = 1;
  let months = 12;
  if (part?.startsWith('H')) {
    interval = 'half';
    months = 6;
    fromMonth = part === 'H1' ? 1 : 7;
  } else if (part?.startsWith('Q')) {
    interval = 'quarter';
    months = 3;
    fromMonth = (Number(part[1]) - 1) * 3 + 1;
  }
  const toMonth = fromMonth + months - 1;
  return {
    period: text,
    interval,
    start: `${year}-${pad(fromMonth)}-01`,
    end: `${year}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`,
  };
}

/** The period of this interval that contains the day (ISO date). */
export function periodOfDate(interval: ReportingInterval, isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  if (interval === 'year') return year;
  if (interval === 'half') return `${year}-H${month <= 6 ? 1 : 2}`;
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Every period of the interval that overlaps [start, end] (ISO dates), in order. */
export function periodsBetween(interval: ReportingInterval, start: string, end: string): PeriodRange[] {
  const out: PeriodRange[] = [];
  if (end < start) return out;
  let current = parseReportingPeriod(periodOfDate(interval, start))!;
  while (current.start <= end) {
    out.push(current);
    const next = new Date(`${current.end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    current = parseReportingPeriod(periodOfDate(interval, next.toISOString().slice(0, 10)))!;
  }
  return out;
}

/**
 * Why a period text does not fit a measure, or null when it does: the format must be the measure's
 * interval, and the period must overlap the measure's period.
 */
export function periodProblem(
  text: string,
  measure: { reportingInterval: ReportingInterval; periodStart: string; periodEnd: string },
): string | null {
  const range = parseReportingPeriod(text);
  if (!range) return 'is not a period like 2014, 2014-H1 or 2014-Q3';
  if (range.interval !== measure.reportingInterval) {
    const example = { year: '2014', half: '2014-H1', quarter: '2014-Q3' }[measure.reportingInterval];
    return `the measure reports per ${measure.reportingInterval}: use a period like ${example}`;
  }
  if (range.end < measure.periodStart || range.start > measure.periodEnd)
    return `lies outside the measure's period ${measure.periodStart} – ${measure.periodEnd}`;
  return null;
}
