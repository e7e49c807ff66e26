import { yearsBefore } from './receipt-retention.service';
import { addDays, erasureDecision, erasureSchedule, yearsAfter } from './receipt-erasure.util';

const rules = { retentionYears: 5, graceDays: 30 };
const grant = (proofSubmittedOn: string | null, confirmed = false, purged = false) => ({
  proofSubmittedOn,
  erasureConfirmedAt: confirmed ? new Date('2020-04-02T10:00:00Z') : null,
  receiptsPurgedAt: purged ? new Date('2020-05-01T10:00:00Z') : null,
});

describe('receipt erasure schedule', () => {
  it('is due the same calendar day RECEIPT_RETENTION_YEARS later and goes without confirmation after the grace days', () => {
    expect(erasureSchedule('2015-03-31', rules)).toEqual({ dueOn: '2020-03-31', latestOn: '2020-04-30' });
    expect(addDays('2020-12-20', 30)).toBe('2021-01-19');
  });

  it('makes 29 February due on 1 March of a common year, the first day yearsBefore counts it as due', () => {
    expect(yearsAfter('2024-02-29', 5)).toBe('2029-03-01');
    expect(yearsAfter('2024-02-29', 4)).toBe('2028-02-29');
    expect(yearsBefore('2029-02-28', 5) >= '2024-02-29').toBe(false);
    expect(yearsBefore('2029-03-01', 5) >= '2024-02-29').toBe(true);
  });

  it('erases only when due and confirmed, or once the grace period is over', () => {
    expect(erasureDecision(grant(null), '2040-01-01', rules)).toBe('nothing');
    expect(erasureDecision(grant('2015-03-31', true, true), '2040-01-01', rules)).toBe('nothing');
    expect(erasureDecision(grant('2015-03-31', true), '2020-03-30', rules)).toBe('not_due');
    expect(erasureDecision(grant('2015-03-31', true), '2020-03-31', rules)).toBe('erase');
    expect(erasureDecision(grant('2015-03-31'), '2020-03-31', rules)).toBe('awaiting_confirmation');
    expect(erasureDecision(grant('2015-03-31'), '2020-04-29', rules)).toBe('awaiting_confirmation');
    expect(erasureDecision(grant('2015-03-31'), '2020-04-30', rules)).toBe('erase');
  });
});
