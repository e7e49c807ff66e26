import { z } from 'zod';
import { BUDGET_LINE_STATUSES } from './budget-status.schema';
import { localizedTextSchema } from './localized-text.schema';
import { indicatorStatusCountsSchema } from './measure.schema';
import type { Role } from './roles.constant';

/**
 * The start page: one GET per panel (`/api/dashboard/<panel>?year=&actionFieldId=`), each aggregated
 * in SQL. Which panels a user sees is decided once, here, by role: the API refuses the others with 403
 * and the start page draws only these. `admin` sees everything; `checkin` none (it lands on /einlass).
 */
export const DASHBOARD_PANELS = ['events', 'grants', 'outcomes', 'surveys'] as const;
export type DashboardPanel = (typeof DASHBOARD_PANELS)[number];

const PANEL_ROLES: Record<DashboardPanel, readonly Role[]> = {
  // Finance does not need registrations and check-in rates.
  events: ['coordinator'],
  // Coordinators read grants (their routes allow it) but sign no receipts: no sign-off queue for them.
  grants: ['coordinator', 'finance'],
  outcomes: ['coordinator'],
  surveys: ['coordinator'],
};

/** Roles that sign receipts and so see "waiting for your sign-off" (as the sign-off queue's routes). */
export const SIGN_OFF_ROLES: readonly Role[] = ['finance'];

const holds = (roles: readonly Role[], allowed: readonly Role[]) =>
  roles.includes('admin') || allowed.some((r) => roles.includes(r));

/** The panels a user with these roles sees, in page order. */
export function dashboardPanelsFor(roles: readonly Role[]): DashboardPanel[] {
  return DASHBOARD_PANELS.filter((panel) => holds(roles, PANEL_ROLES[panel]));
}

/** Whether the grants panel lists the receipts waiting for this user's sign-off. */
export function dashboardShowsSignOff(roles: readonly Role[]): boolean {
  return holds(roles, SIGN_OFF_ROLES);
}

/** `?year=2014&actionFieldId=3`: both optional; without a year, the current one (Berlin). */
export const dashboardQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2999).optional(),
  actionFieldId: z.coerce.number().int().positive().optional(),
});
export type DashboardQuery = z.input<typeof dashboardQuerySchema>;
export type DashboardFilter = z.output<typeof dashboardQuerySchema>;

/** A workshop is "nearly empty" below this share of its seats taken (and "full" at its capacity). */
export const NEARLY_EMPTY_PERCENT = 25;
/** Registrations per week: this many weeks (Monday to Sunday, Berlin), ending with the reference day's week. */
export const DASHBOARD_WEEKS = 12;
/** At most this many upcoming events, workshops, past events and rows of a list panel. */
export const DASHBOARD_LIST_LIMIT = 8;

const int = z.number().int();
const title = localizedTextSchema(200);

/** The filter as the API applied it; `asOf`: the reference day (today, or the chosen year's last day when it is over). */
const appliedFilter = { year: int, actionFieldId: int.nullable(), asOf: z.string() };

export const dashboardEventsSchema = z.object({
  ...appliedFilter,
  /** Events of the year not over yet (not drafts), soonest first. */
  upcoming: z.array(
    z.object({ eventId: int, title, startsAt: z.string(), capacity: int, confirmed: int, waitlisted: int }),
  ),
  /** Workshops of those events that are full or nearly empty (< NEARLY_EMPTY_PERCENT % of seats taken). */
  workshops: z.array(
    z.object({
      workshopId: int,
      eventId: int,
      eventTitle: title,
      title,
      startsAt: z.string(),
      capacity: int,
      confirmed: int,
      state: z.enum(['full', 'nearly_empty']),
    }),
  ),
  /** New registrations (of the year's events, cancelled ones included: they were made) per week; a week without any is 0. */
  registrationsPerWeek: z.array(z.object({ weekStart: z.string(), count: int })),
  /** Events of the year that are over, latest first: confirmed people and how many of them were checked in. */
  pastEvents: z.array(
    z.object({
      eventId: int,
      title,
      startsAt: z.string(),
      confirmed: int,
      checkedIn: int,
      checkInPercent: z.number().nullable(),
    }),
  ),
});
export type DashboardEvents = z.infer<typeof dashboardEventsSchema>;

export const dashboardGrantsSchema = z.object({
  ...appliedFilter,
  /** Grants whose period overlaps the year, with utilisation against the share of the period elapsed at asOf. */
  grants: z.array(
    z.object({
      grantId: int,
      title: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      plannedCents: int,
      actualCents: int,
      utilisationPercent: z.number().nullable(),
      /** Share of the funding period elapsed at asOf, per cent, one decimal. */
      elapsedPercent: z.number(),
      /** Burn-down: spending cumulated per month against the plan spread evenly (one point per month). */
      months: z.array(z.object({ month: z.string(), cumulativeCents: int.nullable(), plannedCumulativeCents: int })),
      /** Drawdowns requested and not yet received. */
      openDrawdowns: z.array(z.object({ drawdownId: int, requestedOn: z.string(), requestedCents: int })),
      /** What the costs so far entitle to, less what was requested already: money to call (Mittelabruf), never negative. */
      callableCents: int,
    }),
  ),
  /** Budget lines the ANBest-P rule flags: over by more than 20 % (`needs_consent`) or over while the total is exceeded. */
  flaggedLines: z.array(
    z.object({
      grantId: int,
      grantTitle: z.string(),
      budgetLineId: int,
      code: z.string(),
      name: z.string(),
      plannedCents: int,
      actualCents: int,
      status: z.enum(BUDGET_LINE_STATUSES),
      consentCovers: z.boolean().nullable(),
    }),
  ),
  /** Receipts this user may sign now (as the sign-off queue's canSign); null for roles that sign nothing. */
  signOff: z
    .object({
      count: int,
      oldest: z.array(
        z.object({
          receiptId: int,
          grantId: int,
          grantTitle: z.string(),
          receiptNumber: z.string(),
          date: z.string(),
          amountCents: int,
          nextStep: z.enum(['factual', 'arithmetic']),
        }),
      ),
    })
    .nullable(),
});
export type DashboardGrants = z.infer<typeof dashboardGrantsSchema>;

/**
 * A measure's status from its indicators' statuses (the measures' own progress rules): `behind` when one
 * indicator is behind, `achieved` when every indicator with a target is achieved, `on_track` otherwise;
 * `no_target` when none has a target.
 */
export const MEASURE_ROLLUP_STATUSES = ['achieved', 'on_track', 'behind', 'no_target'] as const;
export type MeasureRollupStatus = (typeof MEASURE_ROLLUP_STATUSES)[number];

export const dashboardOutcomesSchema = z.object({
  ...appliedFilter,
  /** Per action field: how many of its measures are achieved, on track, behind (a measure in two fields counts in both). */
  actionFields: z.array(
    z.object({ actionFieldId: int, name: z.string(), measures: int, counts: indicatorStatusCountsSchema }),
  ),
  /** Every municipality (none left out, zeros included), then people without one: registered and checked in at the measures' events. */
  participantsByMunicipality: z.array(
    z.object({ municipalityId: int.nullable(), name: z.string().nullable(), registered: int, checkedIn: int }),
  ),
  /** Per measure: spent ÷ checked-in people, whole cents (null when nobody came). */
  measures: z.array(
    z.object({
      measureId: int,
      code: z.string(),
      title: z.string(),
      status: z.enum(MEASURE_ROLLUP_STATUSES),
      spentCents: int,
      checkedIn: int,
      costPerParticipantCents: int.nullable(),
    }),
  ),
});
export type DashboardOutcomes = z.infer<typeof dashboardOutcomesSchema>;

export const dashboardSurveysSchema = z.object({
  ...appliedFilter,
  /** Questionnaires open now (invited mode), each with one row per invited municipality (null: invitations without one). */
  surveys: z.array(
    z.object({
      surveyId: int,
      title,
      closesAt: z.string().nullable(),
      invited: int,
      submitted: int,
      responsePercent: z.number().nullable(),
      municipalities: z.array(
        z.object({
          municipalityId: int.nullable(),
          name: z.string().nullable(),
          invited: int,
          submitted: int,
          responsePercent: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type DashboardSurveys = z.infer<typeof dashboardSurveysSchema>;
