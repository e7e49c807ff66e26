import { z } from 'zod';
import { calendarDateSchema } from './grant.schema';
import { INDICATOR_SOURCE_KINDS } from './indicator.constant';
import { indicatorCoreFields } from './indicator.schema';
import { localizedTextSchema } from './localized-text.schema';
import { indicatorStatusCountsSchema } from './measure.schema';
import { organisationTypeSchema } from './organisation.schema';

/**
 * `achieved`: the actual reached the target (in the indicator's direction); `on_track`: the period is
 * running and the achievement is at least 80 % of the share of the period elapsed (yes/no indicators:
 * while the period runs); `behind`: otherwise; `no_target`: no target for the row.
 */
export const INDICATOR_STATUSES = ['achieved', 'on_track', 'behind', 'no_target'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/**
 * Where a row's actual comes from: `entered` (a manual value), `live` (computed from registrations,
 * check-ins or receipts), `sum` (the sum of the municipality rows), `weighted_mean` (the municipality
 * rows weighted by their sample size), `latest` (the latest period's value, for `last`/`avg` totals).
 */
export const ACTUAL_ORIGINS = ['entered', 'live', 'sum', 'weighted_mean', 'latest'] as const;
export type ActualOrigin = (typeof ACTUAL_ORIGINS)[number];

export const progressRowSchema = z.object({
  /** null on the indicator's total row (the whole measure period). */
  period: z.string().nullable(),
  /** The part of the period within the measure's period. */
  periodStart: z.string(),
  periodEnd: z.string(),
  /** null: the district as a whole. */
  municipalityId: z.number().int().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  actualOrigin: z.enum(ACTUAL_ORIGINS).nullable(),
  /** (actual − baseline) ÷ (target − baseline), as a ratio (0.8 = 80 %), 4 decimals; null without target. */
  achievement: z.number().nullable(),
  /** Share of the row's period elapsed at asOf, 0–1, 4 decimals. */
  elapsedShare: z.number(),
  status: z.enum(INDICATOR_STATUSES),
});
export type ProgressRow = z.infer<typeof progressRowSchema>;

export const indicatorProgressSchema = z.object({
  indicatorId: z.number().int(),
  ...indicatorCoreFields,
  sourceKind: z.enum(INDICATOR_SOURCE_KINDS),
  /** The whole measure period for the district: its status is the indicator's status. */
  total: progressRowSchema,
  /** Per period of the measure (its reporting interval) the district row, then (by-municipality indicators) one row per municipality with a target or an actual. */
  rows: z.array(progressRowSchema),
});
export type IndicatorProgress = z.infer<typeof indicatorProgressSchema>;

const reach = { registered: z.number().int(), checkedIn: z.number().int() };

/** A budget line of the measure's grant: what the measure was allocated on it and what it has spent. */
export const budgetLineSpendingSchema = z.object({
  budgetLineId: z.number().int(),
  code: z.string(),
  name: z.string(),
  plannedCents: z.number().int(),
  spentCents: z.number().int(),
});

export const measureProgressSchema = z.object({
  measureId: z.number().int(),
  asOf: z.string(),
  statusCounts: indicatorStatusCountsSchema,
  indicators: z.array(indicatorProgressSchema),
  /** IOOI input: the allocation per budget line of the measure's grant against the receipts booked on the measure. */
  input: z.object({
    allocations: z.array(budgetLineSpendingSchema),
    allocatedCents: z.number().int(),
    spentCents: z.number().int(),
  }),
  /** IOOI output: the linked events and workshops and the people they reached (counts survive anonymisation). */
  output: z.object({
    events: z.array(
      z.object({ eventId: z.number().int(), title: localizedTextSchema(200), startsAt: z.string(), ...reach }),
    ),
    workshops: z.array(
      z.object({
        workshopId: z.number().int(),
        eventId: z.number().int(),
        title: localizedTextSchema(200),
        startsAt: z.string(),
        ...reach,
      }),
    ),
    /** Distinct registrations over all linked events and workshops (a person in an event and its workshop counts once). */
    ...reach,
    byMunicipality: z.array(
      z.object({ municipalityId: z.number().int().nullable(), name: z.string().nullable(), ...reach }),
    ),
    byOrganisationType: z.array(z.object({ type: organisationTypeSchema, ...reach })),
  }),
});
export type MeasureProgress = z.infer<typeof measureProgressSchema>;

export const progressQuerySchema = z.strictObject({ asOf: calendarDateSchema.optional() });
export type ProgressQuery = z.input<typeof progressQuerySchema>;
