import type { BudgetLineStatus, BudgetStatus, FinancingType, LineConsent } from '@wir/shared';

export type StatusGrant = {
  id: number;
  financingType: FinancingType;
  awardedCents: number;
  sharePercent: number | null;
  ownShareCents: number;
  thirdPartyCents: number;
  periodStart: string;
  periodEnd: string;
};
export type StatusLine = { id: number; code: string; name: string; plannedCents: number; consent?: LineConsent | null };
export type StatusFacts = {
  /** Sum of expense receipts (reversals included, negative) per budget line id. */
  actualByLine: Map<number, number>;
  incomeBySource: { grant: number; own_share: number; third_party: number };
  /** Expense sums per calendar month, `YYYY-MM`. */
  expenseByMonth: Map<string, number>;
  drawdownsRequestedCents: number;
  drawdownsReceivedCents: number;
  unsignedReceipts: number;
};

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Per cent with one decimal, for display; money itself stays in integer cents. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/**
 * ANBest-P Nr. 1.2: the finance plan binds in total; a single line may be exceeded by up to 20 %
 * when savings on other lines offset it; more needs the funder's prior consent. Festbetrag grants
 * are not bound to their lines. A line over plan while the total is exceeded is `over_total`.
 */
export function lineStatus(
  financingType: FinancingType,
  plannedCents: number,
  actualCents: number,
  totalExceeded: boolean,
): BudgetLineStatus {
  const overrun = actualCents - plannedCents;
  if (financingType === 'festbetrag' || overrun <= 0) return 'ok';
  if (totalExceeded) return 'over_total';
  // overrun > 20 % of plan, in integers: overrun * 5 > planned
  if (overrun * 5 > plannedCents) return 'needs_consent';
  return 'over_covered';
}

/** Linear year-end forecast: spending so far, stretched from the elapsed days to the whole period. */
export function forecast(actualCents: number, periodStart: string, periodEnd: string, asOf: string): number {
  const total = dayNumber(periodEnd) - dayNumber(periodStart) + 1;
  const elapsed = Math.min(total, dayNumber(asOf) - dayNumber(periodStart) + 1);
  if (elapsed <= 0 || elapsed >= total) return actualCents;
  return Math.round((actualCents * total) / elapsed);
}

/**
 * What the grant may finally amount to by its financing type:
 * Festbetrag the fixed amount, unless the costs stay below it; Anteil the share of the actual costs;
 * Fehlbedarf the gap the costs leave after own funds (at least the planned own share) and third-party funds.
 * Never more than awarded.
 */
export function entitlement(grant: StatusGrant, expenseCents: number, facts: StatusFacts): number {
  let due: number;
  if (grant.financingType === 'festbetrag') due = expenseCents;
  else if (grant.financingType === 'anteil') due = Math.floor((expenseCents * (grant.sharePercent ?? 0)) / 100);
  else
    due =
      expenseCents - Math.max(grant.ownShareCents, facts.incomeBySource.own_share) - facts.incomeBySource.third_party;
  return Math.max(0, Math.min(grant.awardedCents, due));
}

function monthsOf(periodStart: string, periodEnd: string): string[] {
  const months: string[] = [];
  let [y, m] = periodStart.slice(0, 7).split('-').map(Number);
  const end = periodEnd.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= end || months.length > 240) return months;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** The live state of a grant's finance plan: plan vs actual, rule status, forecast, income, burn-down. */
export function budgetStatus(
  grant: StatusGrant,
  lines: StatusLine[],
  facts: StatusFacts,
  asOfInput: string,
): BudgetStatus {
  const asOf =
    asOfInput < grant.periodStart ? grant.periodStart : asOfInput > grant.periodEnd ? grant.periodEnd : asOfInput;
  const plannedCents = lines.reduce((s, l) => s + l.plannedCents, 0);
  const actualCents = lines.reduce((s, l) => s + (facts.actualByLine.get(l.id) ?? 0), 0);
  const totalExceeded = grant.financingType !== 'festbetrag' && actualCents > plannedCents;
  const due = entitlement(grant, actualCents, facts);

  const months = monthsOf(grant.periodStart, grant.periodEnd);
  let cumulative = 0;
  return {
    grantId: grant.id,
    financingType: grant.financingType,
    asOf,
    lines: lines.map((l) => {
      const actual = facts.actualByLine.get(l.id) ?? 0;
      return {
        budgetLineId: l.id,
        code: l.code,
        name: l.name,
        plannedCents: l.plannedCents,
        actualCents: actual,
        deviationCents: actual - l.plannedCents,
        deviationPercent: percentOf(actual - l.plannedCents, l.plannedCents),
        status: lineStatus(grant.financingType, l.plannedCents, actual, totalExceeded),
        forecastCents: forecast(actual, grant.periodStart, grant.periodEnd, asOf),
        // The status stays the rule's verdict; a recorded consent says whether it is covered.
        consent: l.consent ? { ...l.consent, covers: actual <= l.consent.upToCents } : null,
      };
    }),
    totals: {
      plannedCents,
      actualCents,
      deviationCents: actualCents - plannedCents,
      remainingCents: plannedCents - actualCents,
      utilisationPercent: percentOf(actualCents, plannedCents),
      forecastCents: forecast(actualCents, grant.periodStart, grant.periodEnd, asOf),
      status: totalExceeded ? 'over_total' : 'ok',
    },
    income: {
      grant: { plannedCents: grant.awardedCents, actualCents: facts.incomeBySource.grant },
      ownShare: { plannedCents: grant.ownShareCents, actualCents: facts.incomeBySource.own_share },
      thirdParty: { plannedCents: grant.thirdPartyCents, actualCents: facts.incomeBySource.third_party },
    },
    entitlementCents: due,
    drawdowns: { requestedCents: facts.drawdownsRequestedCents, receivedCents: facts.drawdownsReceivedCents },
    repaymentCents: Math.max(0, facts.drawdownsReceivedCents - due),
    unsignedReceipts: facts.unsignedReceipts,
    months: months.map((month, i) => {
      const spent = facts.expenseByMonth.get(month) ?? 0;
      cumulative += spent;
      return {
        month,
        actualCents: spent,
        cumulativeCents: cumulative,
        plannedCumulativeCents: Math.round((plannedCents * (i + 1)) / months.length),
      };
    }),
  };
}
