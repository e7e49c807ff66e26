import type { GrantErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the grants module; a code added to GRANT_ERROR_CODES does not compile until it is mapped here. */
const GRANT_PROBLEMS = {
  grant_closed_for_bookings: { status: 409, title: 'Proof of use submitted' },
  grant_proof_date_locked: { status: 409, title: 'Receipts erased' },
  grant_period_strands_expenses: { status: 409, title: 'Expenses outside the new period' },
  grant_erasure_not_due: { status: 409, title: 'Proof of use not submitted' },
  grant_erasure_too_early: { status: 409, title: 'Retention period not over' },
  grant_receipts_erased_already: { status: 409, title: 'Receipts erased already' },
  grant_erasure_confirmed_already: { status: 409, title: 'Erasure confirmed already' },
  grant_erasure_same_person: { status: 403, title: 'Second person required' },
  budget_line_code_taken: { status: 409, title: 'Budget line code taken' },
  drawdown_over_award: { status: 409, title: 'Drawdown above the award' },
  receipt_number_taken: { status: 409, title: 'Receipt number taken' },
  receipt_signed: { status: 409, title: 'Receipt signed off' },
  receipt_is_reversal: { status: 409, title: 'Receipt is a reversal entry' },
  receipt_factual_signed_already: { status: 409, title: 'Signed "sachlich richtig" already' },
  receipt_needs_factual: { status: 409, title: '"Sachlich richtig" missing' },
  receipt_arithmetic_signed_already: { status: 409, title: 'Signed "rechnerisch richtig" already' },
  receipt_same_signer: { status: 403, title: 'Second person required' },
  receipt_not_signed: { status: 409, title: 'Receipt not signed' },
  receipt_reversed_already: { status: 409, title: 'Receipt reversed already' },
} as const satisfies Record<GrantErrorCode, ProblemSpec>;

/** A rule of grants, finance plans, receipts or drawdowns refused the change. */
export class GrantError extends DomainError {
  constructor(code: GrantErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, GRANT_PROBLEMS[code]);
  }
}
