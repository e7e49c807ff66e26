/**
 * Codes the platform raises for any module (authentication, validation, rate limits, …). The booking codes
 * below move to the booking module's own list once it exists (issue 10).
 */
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
  'unprocessable',
  'too_many_requests',
  'unavailable',
  // booking (events, registrations, seats, check-in)
  'already_registered',
  'registration_closed',
  'registration_waitlisted',
  'registration_cancelled',
  'wrong_event',
  'workshop_not_booked',
  'workshop_waitlisted',
] as const;
export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number];
