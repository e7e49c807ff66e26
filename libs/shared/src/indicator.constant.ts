// Without zod, so the indicator and measure forms in the browser bundle no schemas.

/** IOOI chain: input → output → outcome → impact. */
export const INDICATOR_LEVELS = ['input', 'output', 'outcome', 'impact'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];
/**
 * The seven steps of the Wirkungstreppe and the level each belongs to: 1–3 output (the offer takes
 * place, target groups are reached, they are satisfied), 4–6 outcome (knowledge/skills, behaviour,
 * situation change), 7 impact (society changes). Input indicators (money, staff time) have no step.
 */
export const WIRKUNGSTREPPE_STEPS = [1, 2, 3, 4, 5, 6, 7] as const;
export const STEPS_OF_LEVEL: Record<IndicatorLevel, readonly number[]> = {
  input: [],
  output: [1, 2, 3],
  outcome: [4, 5, 6],
  impact: [7],
};
export const INDICATOR_UNITS = ['count', 'percent', 'cents', 'hours', 'score', 'yes_no'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
/** Units whose values are whole numbers (yes_no: 0 or 1). */
export const WHOLE_NUMBER_UNITS: readonly IndicatorUnit[] = ['count', 'cents', 'yes_no'];
/** Units whose values never add up (across municipalities or periods). */
export const NON_ADDITIVE_UNITS: readonly IndicatorUnit[] = ['percent', 'score', 'yes_no'];
/** How rows combine: `sum` adds up (municipalities to the district), `avg` is a mean (weighted by sampleSize), `last` is a state at the period's end. */
export const INDICATOR_AGGREGATIONS = ['sum', 'avg', 'last'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
/** `checked_in`: people checked in at the door; `registered`: confirmed registrations. */
export const PARTICIPANT_COUNTS = ['checked_in', 'registered'] as const;
export type ParticipantCount = (typeof PARTICIPANT_COUNTS)[number];
/** Where the actual values come from. */
export const INDICATOR_SOURCE_KINDS = ['manual', 'participants', 'spend', 'cost_per_participant', 'feedback'] as const;
export type IndicatorSourceKind = (typeof INDICATOR_SOURCE_KINDS)[number];
/** `mean`: the mean answer (unit score); `share_at_least`: the share in percent answering at least `threshold` (yes/no: yes). */
export const FEEDBACK_STATISTICS = ['mean', 'share_at_least'] as const;
export type FeedbackStatistic = (typeof FEEDBACK_STATISTICS)[number];
/** The unit of a feedback indicator: a mean answer is a score, a share is in percent. */
export const feedbackUnit = (statistic: FeedbackStatistic): IndicatorUnit =>
  statistic === 'mean' ? 'score' : 'percent';
/** A measure (Maßnahme) of the integration work, delivered by events and workshops, financed by a grant. */
export const MEASURE_STATUSES = ['planned', 'running', 'completed', 'discontinued'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
/** The fixed list of target groups; anything else goes into `targetGroupsOther`. */
export const TARGET_GROUPS = [
  'municipal_staff',
  'district_staff',
  'rescue_services',
  'migrants',
  'refugees',
  'volunteers',
  'associations',
  'migrant_organisations',
  'schools_and_daycare',
  'employers',
  'general_public',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
