import { z } from 'zod';
import { calendarDateSchema } from './grant.schema';
import { toCenti } from './indicator-value.util';
import { organisationTypeSchema } from './organisation.schema';
import {
  FEEDBACK_STATISTICS,
  feedbackUnit,
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INDICATOR_UNITS,
  NON_ADDITIVE_UNITS,
  PARTICIPANT_COUNTS,
  STEPS_OF_LEVEL,
  WHOLE_NUMBER_UNITS,
  type FeedbackStatistic,
  type IndicatorAggregation,
  type IndicatorDirection,
  type IndicatorLevel,
  type IndicatorSourceKind,
  type IndicatorUnit,
} from './indicator.constant';

const participantOptions = {
  /** Count people checked in (default) or confirmed registrations. */
  count: z.enum(PARTICIPANT_COUNTS).default('checked_in'),
  /** Only these organisation types; empty = all. */
  organisationTypes: z
    .array(organisationTypeSchema)
    .max(20)
    .refine((list) => new Set(list).size === list.length, 'each type only once')
    .default([]),
};

const feedbackSourceSchema = z
  .strictObject({
    kind: z.literal('feedback'),
    surveyId: z.number().int().positive(),
    /** A scale, number or yes/no question of the survey (checked by the API against its versions). */
    questionKey: z.string().trim().min(1).max(80),
    statistic: z.enum(FEEDBACK_STATISTICS),
    /** For `share_at_least` on a scale or number question; none for `mean` (a yes/no question counts yes). */
    threshold: z.number().min(-1_000_000).max(1_000_000).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.statistic === 'mean' && v.threshold != null)
      ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'a mean has no threshold' });
  });

/**
 * - `manual`: values are entered (POST /api/indicators/:id/values);
 * - `participants`: distinct people of the measure's linked events and workshops, live, split by municipality (unit count, sum);
 * - `spend`: cents of the expense receipts booked on the measure (unit cents, sum, district only);
 * - `cost_per_participant`: spend ÷ participants, whole cents (unit cents, district only);
 * - `feedback`: from the submitted answers of a survey (a feedback form) to one question: the mean
 *   (unit score) or the share answering at least a threshold (unit percent), district only, a mean (avg).
 */
export const indicatorSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({ kind: z.literal('participants'), ...participantOptions }),
  z.strictObject({ kind: z.literal('spend') }),
  z.strictObject({ kind: z.literal('cost_per_participant'), ...participantOptions }),
  feedbackSourceSchema,
]);
export type IndicatorSource = z.output<typeof indicatorSourceSchema>;
export type IndicatorSourceInput = z.input<typeof indicatorSourceSchema>;

/** A value in the indicator's unit: a JSON number or a decimal text ("12.5"), at most two decimals, never negative. */
export const indicatorValueInputSchema = z.union([z.number(), z.string().max(20)]).refine((v) => {
  const centi = toCenti(v);
  return centi !== null && centi >= 0;
}, 'a number ≥ 0 with at most two decimals');

export const baselineSchema = z.object({ value: z.number(), date: z.string() });
export type Baseline = z.infer<typeof baselineSchema>;

export const indicatorTargetSchema = z.object({
  period: z.string(),
  /** null: the district as a whole. */
  municipalityId: z.number().int().nullable(),
  value: z.number(),
});
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

/** The fields that say what an indicator counts; shared by the indicator and its progress row. */
export const indicatorCoreFields = {
  name: z.string(),
  level: z.enum(INDICATOR_LEVELS),
  /** 1–7 of the Wirkungstreppe; null for input indicators. */
  step: z.number().int().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  byMunicipality: z.boolean(),
};

export const indicatorSchema = z.object({
  id: z.number().int(),
  measureId: z.number().int(),
  ...indicatorCoreFields,
  /** How the figure is collected. */
  method: z.string(),
  baseline: baselineSchema.nullable(),
  source: indicatorSourceSchema,
  position: z.number().int(),
  targets: z.array(indicatorTargetSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const indicatorFields = {
  name: z.string().trim().min(1).max(200),
  level: z.enum(INDICATOR_LEVELS),
  step: z.number().int().min(1).max(7).nullable().optional(),
  unit: z.enum(INDICATOR_UNITS).optional(),
  aggregation: z.enum(INDICATOR_AGGREGATIONS).optional(),
  direction: z.enum(INDICATOR_DIRECTIONS).optional(),
  byMunicipality: z.boolean().optional(),
  method: z.string().trim().max(2000).optional(),
  baseline: z.strictObject({ value: indicatorValueInputSchema, date: calendarDateSchema }).nullable().optional(),
  source: indicatorSourceSchema.optional(),
};

/** The rules that hold for any complete indicator; the API checks them again after a PATCH is merged. */
export function indicatorProblems(v: {
  level?: IndicatorLevel;
  step?: number | null;
  unit?: IndicatorUnit;
  aggregation?: IndicatorAggregation;
  direction?: IndicatorDirection;
  byMunicipality?: boolean;
  baseline?: { value: number | string } | null;
  source?: { kind: IndicatorSourceKind; statistic?: FeedbackStatistic };
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (v.level) {
    const steps = STEPS_OF_LEVEL[v.level];
    if (v.level === 'input' && v.step != null)
      problems.push({ path: 'step', message: 'input indicators have no step of the Wirkungstreppe' });
    if (v.level !== 'input' && (v.step == null || !steps.includes(v.step)))
      problems.push({ path: 'step', message: `a ${v.level} indicator is on step ${steps.join(', ')}` });
  }
  const kind = v.source?.kind ?? 'manual';
  if (
    (kind === 'participants' && v.unit !== undefined && v.unit !== 'count') ||
    ((kind === 'spend' || kind === 'cost_per_participant') && v.unit !== undefined && v.unit !== 'cents')
  ) {
    problems.push({
      path: 'unit',
      message: kind === 'participants' ? 'participants are a count' : `${kind} is in cents`,
    });
  }
  if ((kind === 'participants' || kind === 'spend') && v.aggregation !== undefined && v.aggregation !== 'sum')
    problems.push({ path: 'aggregation', message: `${kind} adds up: sum` });
  if (kind === 'cost_per_participant' && v.aggregation !== undefined && v.aggregation !== 'avg')
    problems.push({ path: 'aggregation', message: 'a cost per participant is a mean: avg' });
  if ((kind === 'spend' || kind === 'cost_per_participant') && v.byMunicipality)
    problems.push({ path: 'byMunicipality', message: 'receipts carry no municipality' });
  if (kind === 'feedback') {
    const unit = feedbackUnit(v.source?.statistic ?? 'mean');
    if (v.unit !== undefined && v.unit !== unit)
      problems.push({ path: 'unit', message: unit === 'score' ? 'a mean answer is a score' : 'a share is in percent' });
    if (v.aggregation !== undefined && v.aggregation !== 'avg')
      problems.push({ path: 'aggregation', message: 'feedback is a mean over the answers: avg' });
    if (v.byMunicipality) problems.push({ path: 'byMunicipality', message: 'anonymous answers carry no municipality' });
  }
  if (v.unit !== undefined && NON_ADDITIVE_UNITS.includes(v.unit) && v.aggregation === 'sum')
    problems.push({ path: 'aggregation', message: `a ${v.unit} value does not add up: avg or last` });
  if (v.unit && v.baseline) {
    const centi = toCenti(v.baseline.value);
    if (centi !== null && WHOLE_NUMBER_UNITS.includes(v.unit) && centi % 100 !== 0)
      problems.push({ path: 'baseline.value', message: 'must be a whole number for this unit' });
    if (centi !== null && v.unit === 'yes_no' && centi > 100)
      problems.push({ path: 'baseline.value', message: 'is 0 (no) or 1 (yes)' });
    if (centi !== null && v.unit === 'percent' && centi > 10000)
      problems.push({ path: 'baseline.value', message: 'a percentage is at most 100' });
  }
  if (v.direction === 'decrease' && v.baseline == null)
    problems.push({ path: 'baseline', message: 'a decrease is measured from a baseline' });
  return problems;
}

const checkIndicator = (v: Parameters<typeof indicatorProblems>[0], ctx: z.RefinementCtx) => {
  for (const p of indicatorProblems(v)) ctx.addIssue({ code: 'custom', path: p.path.split('.'), message: p.message });
};

/**
 * Defaults: unit `count`, aggregation `sum` (percent and score: `avg`; yes/no: `last`), direction `increase`,
 * not by municipality, source `manual` (spend and cost per participant: unit cents; the latter `avg`;
 * feedback: score for a mean, percent for a share, `avg`).
 */
export const createIndicatorSchema = z
  .strictObject(indicatorFields)
  .transform((v) => {
    const kind = v.source?.kind ?? 'manual';
    const unit =
      v.unit ??
      (v.source?.kind === 'feedback'
        ? feedbackUnit(v.source.statistic)
        : kind === 'spend' || kind === 'cost_per_participant'
          ? 'cents'
          : 'count');
    return {
      ...v,
      step: v.step ?? null,
      unit,
      aggregation:
        v.aggregation ??
        (kind === 'cost_per_participant' || unit === 'percent' || unit === 'score'
          ? 'avg'
          : unit === 'yes_no'
            ? 'last'
            : 'sum'),
      direction: v.direction ?? 'increase',
      byMunicipality: v.byMunicipality ?? false,
      source: v.source ?? { kind: 'manual' as const },
    };
  })
  .superRefine(checkIndicator);
export type CreateIndicator = z.input<typeof createIndicatorSchema>;
export type CreateIndicatorParsed = z.output<typeof createIndicatorSchema>;

/** Fields given replace the stored ones; the merged indicator must satisfy `indicatorProblems`. */
export const updateIndicatorSchema = z
  .strictObject({ ...indicatorFields, position: z.number().int().min(0).max(10_000).optional() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateIndicator = z.input<typeof updateIndicatorSchema>;
export type UpdateIndicatorParsed = z.output<typeof updateIndicatorSchema>;

/**
 * PUT replaces all targets of the indicator. Periods follow the measure's reporting interval
 * (`2014`, `2014-H1`, `2014-Q3`) and must overlap its period; a municipality only on a by-municipality indicator.
 */
export const putTargetsSchema = z.strictObject({
  targets: z
    .array(
      z.strictObject({
        period: z.string().max(10),
        municipalityId: z.number().int().positive().nullable(),
        value: indicatorValueInputSchema,
      }),
    )
    .max(500),
});
export type PutTargets = z.input<typeof putTargetsSchema>;
export const targetListSchema = z.object({ items: z.array(indicatorTargetSchema) });
export type TargetList = z.infer<typeof targetListSchema>;

/**
 * An actual value of a manual indicator. Append-only: a correction names the entry it `supersedes`
 * (the current one of the same period and municipality) with a `reason`.
 */
export const createIndicatorValueSchema = z
  .strictObject({
    period: z.string().max(10),
    municipalityId: z.number().int().positive().nullable(),
    value: indicatorValueInputSchema,
    /** The count a mean or share is taken over (e.g. people asked); lets district rows be weighted, never an average of averages. */
    sampleSize: z.number().int().min(1).max(10_000_000).nullable().optional(),
    note: z.string().trim().max(1000).optional(),
    /** Where the figure can be checked: a document, a list, a link. */
    evidence: z.string().trim().max(500).optional(),
    supersedes: z.number().int().positive().optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.supersedes !== undefined && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a correction gives its reason' });
    if (v.supersedes === undefined && v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'only with supersedes' });
  });
export type CreateIndicatorValue = z.input<typeof createIndicatorValueSchema>;

export const indicatorValueSchema = z.object({
  id: z.number().int(),
  indicatorId: z.number().int(),
  period: z.string(),
  municipalityId: z.number().int().nullable(),
  value: z.number(),
  sampleSize: z.number().int().nullable(),
  note: z.string(),
  evidence: z.string(),
  /** The entry this one corrects, with the reason. */
  supersedesId: z.number().int().nullable(),
  reason: z.string(),
  /** The entry that corrected this one, if any; only entries without it count. */
  supersededById: z.number().int().nullable(),
  current: z.boolean(),
  recordedBy: z.object({ id: z.number().int(), name: z.string() }),
  recordedAt: z.string(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
/** The whole history, by period, municipality (district first) and time of entry. */
export const indicatorValueListSchema = z.object({ items: z.array(indicatorValueSchema) });
export type IndicatorValueList = z.infer<typeof indicatorValueListSchema>;
