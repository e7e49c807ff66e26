/** Every error a service may raise on purpose; mapped to HTTP in one place (problem.filter.ts). */
export const DOMAIN_ERROR_CODES = [
  'validation_failed',
  'authentication_required',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'password_change_required',
  'not_found',
  'conflict',
  'already_registered',
  'registration_closed',
  'idempotency_in_progress',
  'registration_waitlisted',
  'registration_cancelled',
  'wrong_event',
  'workshop_not_booked',
  'workshop_waitlisted',
  'unprocessable',
  'too_many_requests',
  'unavailable',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export type FieldError = { path: string; message: string };

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
