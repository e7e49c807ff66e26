import type { PlatformErrorCode } from '@wir/shared';

/** How an error code shows over HTTP: its status and the problem's (English, stable) title. */
export type ProblemSpec = { status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503; title: string };

/**
 * The platform's codes mapped to HTTP; each module maps its own in `<module>.errors.ts` the same way
 * (`satisfies Record<Code, ProblemSpec>`), so a code added in libs/shared does not compile until it is mapped.
 */
export const PLATFORM_PROBLEMS = {
  validation_failed: { status: 400, title: 'Validation failed' },
  authentication_required: { status: 401, title: 'Authentication required' },
  invalid_credentials: { status: 401, title: 'Invalid credentials' },
  forbidden: { status: 403, title: 'Forbidden' },
  csrf_failed: { status: 403, title: 'CSRF token missing or invalid' },
  password_change_required: { status: 403, title: 'Password change required' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  value_taken: { status: 409, title: 'Value taken already' },
  idempotency_in_progress: { status: 409, title: 'Request still in progress' },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
  already_registered: { status: 409, title: 'Already registered' },
  registration_closed: { status: 409, title: 'Registration not open' },
  registration_waitlisted: { status: 409, title: 'On the waiting list' },
  registration_cancelled: { status: 409, title: 'Registration cancelled' },
  wrong_event: { status: 409, title: 'Registration for another event' },
  workshop_not_booked: { status: 409, title: 'No place in this workshop' },
  workshop_waitlisted: { status: 409, title: "On the workshop's waiting list" },
} as const satisfies Record<PlatformErrorCode, ProblemSpec>;

export function problemType(code: string): string {
  return `urn:wir:problem:${code}`;
}
