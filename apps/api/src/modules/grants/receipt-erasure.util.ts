import type { GrantEntity } from './grant.entity';

const DAY_MS = 86_400_000;

/** The same calendar day `years` later, as ISO text; 29 February becomes 1 March in a common year. */
export function yearsAfter(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export type ErasureRules = { retentionYears: number; graceDays: number };

/** When the receipts of a grant whose proof of use was submitted on `proofSubmittedOn` are due, and the day they go without a confirmation. */
export function erasureSchedule(proofSubmittedOn: string, rules: ErasureRules): { dueOn: string; latestOn: string } {
  const dueOn = yearsAfter(proofSubmittedOn, rules.retentionYears);
  return { dueOn, latestOn: addDays(dueOn, rules.graceDays) };
}

/**
 * Whether the retention job erases a grant's receipts today (ANBest-P Nr. 6.5, four eyes): only once
 * the retention period is over, and then only with a second person's confirmation or after the grace
 * period in which the grant page announces the erasure.
 */
export function erasureDecision(
  grant: Pick<GrantEntity, 'proofSubmittedOn' | 'receiptsPurgedAt' | 'erasureConfirmedAt'>,
  today: string,
  rules: ErasureRules,
): 'nothing' | 'not_due' | 'awaiting_confirmation' | 'erase' {
  if (grant.proofSubmittedOn === null || grant.receiptsPurgedAt !== null) return 'nothing';
  const { dueOn, latestOn } = erasureSchedule(grant.proofSubmittedOn, rules);
  if (today < dueOn) return 'not_due';
  return grant.erasureConfirmedAt !== null || today >= latestOn ? 'erase' : 'awaiting_confirmation';
}
