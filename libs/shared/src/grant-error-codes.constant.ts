/** What the grants module (grants, notices, finance plans, receipts, drawdowns) refuses, by code. */
export const GRANT_ERROR_CODES = [
  'grant_closed_for_bookings',
  'grant_proof_date_locked',
  'grant_period_strands_expenses',
  'grant_erasure_not_due',
  'grant_erasure_too_early',
  'grant_receipts_erased_already',
  'grant_erasure_confirmed_already',
  'grant_erasure_same_person',
  'budget_line_code_taken',
  'drawdown_over_award',
  'receipt_number_taken',
  'receipt_signed',
  'receipt_is_reversal',
  'receipt_factual_signed_already',
  'receipt_needs_factual',
  'receipt_arithmetic_signed_already',
  'receipt_same_signer',
  'receipt_not_signed',
  'receipt_reversed_already',
] as const;
export type GrantErrorCode = (typeof GRANT_ERROR_CODES)[number];
