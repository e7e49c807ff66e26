import { z } from 'zod';
import { calendarDateSchema } from './grant.schema';
import { MEASURE_STATUSES } from './indicator.constant';
import { indicatorStatusCountsSchema } from './measure.schema';
import { organisationTypeSchema } from './organisation.schema';

/**
 * GET /api/outcomes/overview: the dashboard's figures, aggregated in SQL. `year` picks the measures
 * whose period overlaps it (and counts only events, check-ins and receipts of that year); the
 * statuses are as of `asOf` (default: today, at most the year's last day).
 */
export const outcomesOverviewQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2999).optional(),
  actionFieldId: z.coerce.number().int().positive().optional(),
  grantId: z.coerce.number().int().positive().optional(),
  asOf: calendarDateSchema.optional(),
});
export type OutcomesOverviewQuery = z.input<typeof outcomesOverviewQuerySchema>;
export type OutcomesOverviewFilter = z.output<typeof outcomesOverviewQuerySchema>;

const reach = { registered: z.number().int(), checkedIn: z.number().int() };

export const outcomesOverviewSchema = z.object({
  asOf: z.string(),
  year: z.number().int().nullable(),
  /** Per action field: its measures and the status counts of their indicators (a measure in two fields counts in both). */
  actionFields: z.array(
    z.object({
      actionFieldId: z.number().int(),
      name: z.string(),
      measureCount: z.number().int(),
      statusCounts: indicatorStatusCountsSchema,
    }),
  ),
  measures: z.array(
    z.object({
      measureId: z.number().int(),
      code: z.string(),
      title: z.string(),
      status: z.enum(MEASURE_STATUSES),
      actionFieldIds: z.array(z.number().int()),
      grantId: z.number().int().nullable(),
      statusCounts: indicatorStatusCountsSchema,
      allocatedCents: z.number().int(),
      spentCents: z.number().int(),
      ...reach,
      /** spentCents ÷ checked-in people, whole cents; null when nobody was checked in. */
      costPerParticipantCents: z.number().int().nullable(),
    }),
  ),
  /** Distinct registrations of the chosen measures' events and workshops, by the participant's municipality (null: not given). */
  participantsByMunicipality: z.array(
    z.object({ municipalityId: z.number().int().nullable(), name: z.string().nullable(), ...reach }),
  ),
  participantsByOrganisationType: z.array(z.object({ type: organisationTypeSchema, ...reach })),
  totals: z.object({
    measures: z.number().int(),
    indicators: z.number().int(),
    statusCounts: indicatorStatusCountsSchema,
    allocatedCents: z.number().int(),
    spentCents: z.number().int(),
    ...reach,
    costPerParticipantCents: z.number().int().nullable(),
  }),
});
export type OutcomesOverview = z.infer<typeof outcomesOverviewSchema>;
