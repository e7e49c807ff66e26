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
  idempotency_answer_gone: { status: 409, title: 'Answer no longer available' },
  backup_running: { status: 409, title: 'Backup running' },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<PlatformErrorCode, ProblemSpec>;

export function problemType(code: string): string {
  return `urn:wir:problem:${code}`;
}
