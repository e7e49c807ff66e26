import { z } from 'zod';

/**
 * ANBest-P Nr. 1.2: `ok` within plan; `over_covered` over plan by at most 20 % and offset by
 * savings elsewhere; `needs_consent` over by more than 20 %; `over_total` the plan's total is exceeded.
 */
export const BUDGET_LINE_STATUSES = ['ok', 'over_covered', 'needs_consent', 'over_total'] as const;
export type BudgetLineStatus = (typeof BUDGET_LINE_STATUSES)[number];

export const budgetLineStatusSchema = z.object({
  budgetLineId: z.number().int(),
  code: z.string(),
  name: z.string(),
  plannedCents: z.number().int(),
  actualCents: z.number().int(),
  deviationCents: z.number().int(),
  /** Deviation in per cent of the plan, one decimal; null for a line planned at 0. */
  deviationPercent: z.number().nullable(),
  status: z.enum(BUDGET_LINE_STATUSES),
  forecastCents: z.number().int(),
  /** The funder's consent to exceed this line, if recorded; `covers` when the actual stays within it. */
  consent: z
    .object({ on: z.string(), reference: z.string(), upToCents: z.number().int(), covers: z.boolean() })
    .nullable(),
});
export type BudgetLineStatusRow = z.infer<typeof budgetLineStatusSchema>;

const incomeRow = z.object({ plannedCents: z.number().int(), actualCents: z.number().int() });

export const budgetStatusSchema = z.object({
  grantId: z.number().int(),
  financingType: z.enum(['festbetrag', 'fehlbedarf', 'anteil']),
  /** The day of the forecast, within the funding period. Asked with `?asOf=`, the figures count only what is dated up to that day. */
  asOf: z.string(),
  lines: z.array(budgetLineStatusSchema),
  totals: z.object({
    plannedCents: z.number().int(),
    actualCents: z.number().int(),
    deviationCents: z.number().int(),
    remainingCents: z.number().int(),
    utilisationPercent: z.number().nullable(),
    forecastCents: z.number().int(),
    status: z.enum(['ok', 'over_total']),
  }),
  income: z.object({ grant: incomeRow, ownShare: incomeRow, thirdParty: incomeRow }),
  /** What the grant may finally be, by its financing type and the actual costs and income. */
  entitlementCents: z.number().int(),
  drawdowns: z.object({ requestedCents: z.number().int(), receivedCents: z.number().int() }),
  /** Received money beyond the entitlement: to be paid back. */
  repaymentCents: z.number().int(),
  unsignedReceipts: z.number().int(),
  /** Spending per month of the period against an even spread of the plan (burn-down). */
  months: z.array(
    z.object({
      month: z.string(),
      actualCents: z.number().int(),
      cumulativeCents: z.number().int(),
      plannedCumulativeCents: z.number().int(),
    }),
  ),
});
export type BudgetStatus = z.infer<typeof budgetStatusSchema>;
