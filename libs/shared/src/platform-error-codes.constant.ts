/** Codes the platform raises for any module (authentication, validation, rate limits, …). */
export const PLATFORM_ERROR_CODES = [
  'validation_failed',
  'authentication_required',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'password_change_required',
  'not_found',
  'conflict',
  'value_taken',
  'idempotency_in_progress',
  'idempotency_answer_gone',
  'backup_running',
  'unprocessable',
  'too_many_requests',
  'unavailable',
] as const;
export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number];
