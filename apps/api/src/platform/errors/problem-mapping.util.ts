import type { DomainErrorCode } from './domain.error';

/** The one mapping from domain error codes to HTTP; a new code will not compile until it is mapped. */
export const PROBLEM_FOR_CODE: Record<DomainErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: 'Validation failed' },
  authentication_required: { status: 401, title: 'Authentication required' },
  invalid_credentials: { status: 401, title: 'Invalid credentials' },
  forbidden: { status: 403, title: 'Forbidden' },
  csrf_failed: { status: 403, title: 'CSRF token missing or invalid' },
  password_change_required: { status: 403, title: 'Password change required' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  already_registered: { status: 409, title: 'Already registered' },
  registration_closed: { status: 409, title: 'Registration not open' },
  idempotency_in_progress: { status: 409, title: 'Request still in progress' },
  registration_waitlisted: { status: 409, title: 'On the waiting list' },
  registration_cancelled: { status: 409, title: 'Registration cancelled' },
  wrong_event: { status: 409, title: 'Registration for another event' },
  workshop_not_booked: { status: 409, title: 'No place in this workshop' },
  workshop_waitlisted: { status: 409, title: "On the workshop's waiting list" },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
};

export function problemType(code: string): string {
  return `urn:wir:problem:${code}`;
}
