import { z } from 'zod';
import { calendarDateSchema } from './grant.schema';
import { idSchema } from './id.schema';
import { INDICATOR_DIRECTIONS, INDICATOR_LEVELS, INDICATOR_UNITS, MEASURE_STATUSES } from './indicator.constant';
import { organisationTypeSchema } from './organisation.schema';
import { budgetLineSpendingSchema, INDICATOR_STATUSES } from './outcome-progress.schema';

/**
 * The Sachbericht (narrative report, ANBest-P Nr. 6): the narrative half of the Verwendungsnachweis.
 * Per grant there are versions 1, 2, …; the newest is a draft or final. A final version is frozen;
 * a later change starts the next version as a draft.
 */
export const NARRATIVE_REPORT_STATUSES = ['draft', 'final'] as const;
export type NarrativeReportStatus = (typeof NARRATIVE_REPORT_STATUSES)[number];

/**
 * An indicator whose achievement is below 1 − this share (it misses its target by more than 20 %)
 * needs a written reason before the report can be finalised.
 */
export const NARRATIVE_REASON_THRESHOLD = 0.2;

/** True when the indicator misses its target by more than NARRATIVE_REASON_THRESHOLD. */
export function missesTarget(target: number | null, achievement: number | null): boolean {
  return target !== null && achievement !== null && achievement < 1 - NARRATIVE_REASON_THRESHOLD;
}

/** `text`: what the report says (staff's words, or the suggestion while unedited); `suggestion`: generated from the data. */
export const narrativeSectionSchema = z.object({ text: z.string(), suggestion: z.string() });
export type NarrativeSection = z.infer<typeof narrativeSectionSchema>;

const reach = { registered: z.number().int(), checkedIn: z.number().int() };

export const narrativeIndicatorSchema = z.object({
  indicatorId: z.number().int(),
  name: z.string(),
  level: z.enum(INDICATOR_LEVELS),
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  /** The progress API's total row (whole measure period, district) as of the report's day. */
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  achievement: z.number().nullable(),
  status: z.enum(INDICATOR_STATUSES),
  /** Misses its target by more than 20 %: a reason is needed. */
  needsReason: z.boolean(),
  reason: z.string(),
});
export type NarrativeIndicator = z.infer<typeof narrativeIndicatorSchema>;

export const narrativeMeasureSchema = z.object({
  measureId: z.number().int(),
  code: z.string(),
  title: z.string(),
  goal: z.string(),
  status: z.enum(MEASURE_STATUSES),
  periodStart: z.string(),
  periodEnd: z.string(),
  sections: z.object({
    done: narrativeSectionSchema,
    results: narrativeSectionSchema,
    deviations: narrativeSectionSchema,
    spending: narrativeSectionSchema,
    outlook: narrativeSectionSchema,
  }),
  /** The linked events and workshops (German titles) with the people they reached. */
  events: z.array(z.object({ kind: z.enum(['event', 'workshop']), title: z.string(), startsAt: z.string(), ...reach })),
  participants: z.object(reach),
  byMunicipality: z.array(z.object({ name: z.string().nullable(), ...reach })),
  byOrganisationType: z.array(z.object({ type: organisationTypeSchema, ...reach })),
  indicators: z.array(narrativeIndicatorSchema),
  spending: z.object({
    allocatedCents: z.number().int(),
    spentCents: z.number().int(),
    allocations: z.array(budgetLineSpendingSchema),
  }),
});
export type NarrativeMeasure = z.infer<typeof narrativeMeasureSchema>;

/** What a report version holds: the grant's goals and the measures of the grant. */
export const narrativeReportBodySchema = z.object({
  goals: narrativeSectionSchema,
  measures: z.array(narrativeMeasureSchema),
});
export type NarrativeReportBody = z.infer<typeof narrativeReportBodySchema>;

export const narrativeReportSchema = narrativeReportBodySchema.extend({
  id: z.number().int(),
  grantId: z.number().int(),
  version: z.number().int(),
  status: z.enum(NARRATIVE_REPORT_STATUSES),
  /** The day the figures are as of. */
  dataAsOf: z.string(),
  /** Indicators that miss their target by more than 20 % and have no reason yet (finalising needs none). */
  missingReasons: z.array(
    z.object({
      measureId: z.number().int(),
      measureCode: z.string(),
      indicatorId: z.number().int(),
      name: z.string(),
      achievement: z.number().nullable(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
});
export type NarrativeReport = z.infer<typeof narrativeReportSchema>;

export const narrativeReportVersionSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: z.enum(NARRATIVE_REPORT_STATUSES),
  dataAsOf: z.string(),
  updatedAt: z.string(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
});
export type NarrativeReportVersion = z.infer<typeof narrativeReportVersionSchema>;
export const narrativeReportVersionListSchema = z.object({ items: z.array(narrativeReportVersionSchema) });
export type NarrativeReportVersionList = z.infer<typeof narrativeReportVersionListSchema>;

const sectionText = z.string().max(20_000);

/** `POST …/narrative-report/draft`: generate (or refresh) the draft from the data as of `asOf` (default today). */
export const createNarrativeDraftSchema = z.strictObject({ asOf: calendarDateSchema.optional() });
export type CreateNarrativeDraft = z.input<typeof createNarrativeDraftSchema>;

/**
 * `PUT …/narrative-report`: the texts staff change; what is left out stays. On a final version this
 * starts the next version (a draft) with the change.
 */
export const updateNarrativeReportSchema = z
  .strictObject({
    goals: sectionText.optional(),
    measures: z
      .array(
        z.strictObject({
          measureId: z.number().int().positive(),
          done: sectionText.optional(),
          results: sectionText.optional(),
          deviations: sectionText.optional(),
          spending: sectionText.optional(),
          outlook: sectionText.optional(),
          indicatorReasons: z
            .array(z.strictObject({ indicatorId: z.number().int().positive(), reason: z.string().trim().max(4000) }))
            .max(200)
            .refine((list) => new Set(list.map((r) => r.indicatorId)).size === list.length, 'each indicator only once')
            .optional(),
        }),
      )
      .max(200)
      .refine((list) => new Set(list.map((m) => m.measureId)).size === list.length, 'each measure only once')
      .optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateNarrativeReport = z.input<typeof updateNarrativeReportSchema>;

/** Downloads: `version` (default the newest); `asOf` makes an interim report (Zwischenbericht) with the figures of that day. */
export const narrativeReportFileQuerySchema = z.strictObject({
  asOf: calendarDateSchema.optional(),
  version: z.coerce.number().int().positive().max(100_000).optional(),
});
export type NarrativeReportFileQuery = z.input<typeof narrativeReportFileQuerySchema>;

export const narrativeVersionParamSchema = z.strictObject({
  id: idSchema,
  version: z.coerce.number().int().positive().max(100_000),
});
