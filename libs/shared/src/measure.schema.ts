import { z } from 'zod';
import { calendarDateSchema } from './grant.schema';
import { REPORTING_INTERVALS } from './reporting-period.util';
import { MEASURE_STATUSES, TARGET_GROUPS } from './indicator.constant';

/** Counts of a measure's indicators by their status (see outcome-progress.schema.ts). */
export const indicatorStatusCountsSchema = z.object({
  achieved: z.number().int(),
  on_track: z.number().int(),
  behind: z.number().int(),
  no_target: z.number().int(),
});
export type IndicatorStatusCounts = z.infer<typeof indicatorStatusCountsSchema>;

export const budgetAllocationSchema = z.object({ budgetLineId: z.number().int(), plannedCents: z.number().int() });
export type BudgetAllocation = z.infer<typeof budgetAllocationSchema>;

export const measureSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  /** The Wirkungsziel: what the measure is to achieve. */
  goal: z.string(),
  description: z.string(),
  status: z.enum(MEASURE_STATUSES),
  periodStart: z.string(),
  periodEnd: z.string(),
  reportingInterval: z.enum(REPORTING_INTERVALS),
  /** At least one Handlungsfeld. */
  actionFieldIds: z.array(z.number().int()),
  /** Empty: district-wide. */
  municipalityIds: z.array(z.number().int()),
  responsibleOrganisationId: z.number().int().nullable(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  targetGroupsOther: z.string(),
  grantId: z.number().int().nullable(),
  /** Planned cents per budget line of the measure's grant. */
  budgetAllocations: z.array(budgetAllocationSchema),
  eventIds: z.array(z.number().int()),
  workshopIds: z.array(z.number().int()),
  goodPractice: z.boolean(),
  sustained: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Measure = z.infer<typeof measureSchema>;

/** A list row: the measure with the status counts of its indicators as of today. */
export const measureListItemSchema = measureSchema.extend({
  indicatorCount: z.number().int(),
  statusCounts: indicatorStatusCountsSchema,
});
export type MeasureListItem = z.infer<typeof measureListItemSchema>;
export const measureListSchema = z.object({ items: z.array(measureListItemSchema) });
export type MeasureList = z.infer<typeof measureListSchema>;

const ids = (what: string) =>
  z
    .array(z.number().int().positive())
    .max(200)
    .refine((list) => new Set(list).size === list.length, `each ${what} only once`);

const measureFields = {
  code: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}.\-_/]{1,40}$/u, 'letters, digits and . - _ /, at most 40'),
  title: z.string().trim().min(1).max(200),
  goal: z.string().trim().max(4000).optional(),
  description: z.string().trim().max(8000).optional(),
  status: z.enum(MEASURE_STATUSES).optional(),
  periodStart: calendarDateSchema,
  periodEnd: calendarDateSchema,
  reportingInterval: z.enum(REPORTING_INTERVALS).optional(),
  actionFieldIds: ids('action field').min(1, 'at least one action field'),
  municipalityIds: ids('municipality').optional(),
  responsibleOrganisationId: z.number().int().positive().nullable().optional(),
  targetGroups: z
    .array(z.enum(TARGET_GROUPS))
    .max(TARGET_GROUPS.length)
    .refine((list) => new Set(list).size === list.length, 'each target group only once')
    .optional(),
  targetGroupsOther: z.string().trim().max(500).optional(),
  grantId: z.number().int().positive().nullable().optional(),
  budgetAllocations: z
    .array(
      z.strictObject({
        budgetLineId: z.number().int().positive(),
        plannedCents: z.number().int().min(0).max(2_000_000_000),
      }),
    )
    .max(50)
    .refine((list) => new Set(list.map((a) => a.budgetLineId)).size === list.length, 'each budget line only once')
    .optional(),
  eventIds: ids('event').optional(),
  workshopIds: ids('workshop').optional(),
  goodPractice: z.boolean().optional(),
  sustained: z.boolean().optional(),
};

const checkMeasure = (
  v: { periodStart?: string; periodEnd?: string; grantId?: number | null; budgetAllocations?: unknown[] },
  ctx: z.RefinementCtx,
) => {
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart)
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
  if (v.grantId === null && v.budgetAllocations && v.budgetAllocations.length > 0)
    ctx.addIssue({ code: 'custom', path: ['budgetAllocations'], message: 'only with a grant' });
};

/** Defaults: status `planned`, reporting per `year`, district-wide, no grant, nothing linked. */
export const createMeasureSchema = z.strictObject(measureFields).superRefine(checkMeasure);
export type CreateMeasure = z.input<typeof createMeasureSchema>;
/** Lists (ids, allocations, target groups) are replaced as a whole when given. */
export const updateMeasureSchema = z
  .strictObject(measureFields)
  .partial()
  .superRefine(checkMeasure)
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateMeasure = z.input<typeof updateMeasureSchema>;

/**
 * Filters of the list. `municipalityId` finds the measures naming that municipality and the
 * district-wide ones; `year` those whose period overlaps the calendar year.
 */
export const measureQuerySchema = z.strictObject({
  actionFieldId: z.coerce.number().int().positive().optional(),
  municipalityId: z.coerce.number().int().positive().optional(),
  grantId: z.coerce.number().int().positive().optional(),
  status: z.enum(MEASURE_STATUSES).optional(),
  year: z.coerce.number().int().min(1900).max(2999).optional(),
});
export type MeasureQuery = z.input<typeof measureQuerySchema>;
export type MeasureFilter = z.output<typeof measureQuerySchema>;
