import type { FeedbackStatistic, ReportingInterval } from '@wir/shared';
import { divideRounded, periodOfDate } from '@wir/shared';
import type { Cell } from './indicator-progress.util';

/** One submitted answer to the indicator's question: the Berlin day it was submitted and the stored value. */
export type FeedbackAnswer = { submittedOn: string; value: unknown };
export type FeedbackRule = { statistic: FeedbackStatistic; threshold: number | null };

/** The answer as a number: a number as it is, yes/no as 1/0; anything else (skipped, free text) is no answer. */
function numeric(value: unknown): number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

/**
 * The figure of a set of answers in hundredths: the mean answer (a score, e.g. 4.25 → 425) or the share
 * answering at least the threshold in percent (75 % → 7500; yes/no answers: the share of yes). The sample
 * size is the number of answers counted, so district rows are weighted means. Null without answers.
 */
export function feedbackFigure(rule: FeedbackRule, values: unknown[]): { centi: number; sampleSize: number } | null {
  const numbers = values.map(numeric).filter((n): n is number => n !== null);
  if (numbers.length === 0) return null;
  const n = numbers.length;
  if (rule.statistic === 'mean')
    return { centi: divideRounded(Math.round(numbers.reduce((s, x) => s + x * 100, 0)), n), sampleSize: n };
  const isYesNo = values.some((v) => typeof v === 'boolean');
  const threshold = isYesNo ? 1 : (rule.threshold ?? Number.POSITIVE_INFINITY);
  return { centi: divideRounded(numbers.filter((x) => x >= threshold).length * 10_000, n), sampleSize: n };
}

/** Cells per reporting period (the district: anonymous answers carry no municipality) and the total over all answers. */
export function feedbackCells(
  rule: FeedbackRule,
  interval: ReportingInterval,
  answers: FeedbackAnswer[],
): { cells: Cell[]; total: number | null } {
  const byPeriod = new Map<string, unknown[]>();
  for (const a of answers) {
    const period = periodOfDate(interval, a.submittedOn);
    const list = byPeriod.get(period);
    if (list) list.push(a.value);
    else byPeriod.set(period, [a.value]);
  }
  const cells: Cell[] = [];
  for (const [period, values] of byPeriod) {
    const figure = feedbackFigure(rule, values);
    if (figure) cells.push({ period, municipalityId: null, centi: figure.centi, sampleSize: figure.sampleSize });
  }
  return {
    cells,
    total:
      feedbackFigure(
        rule,
        answers.map((a) => a.value),
      )?.centi ?? null,
  };
}
