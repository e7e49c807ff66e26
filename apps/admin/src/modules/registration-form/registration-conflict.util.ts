import { isApiError } from '@/lib/api-error';

export type RegistrationConflict = 'duplicate' | 'closed' | 'inProgress';

/**
 * What a 409 of the registration endpoint means. The API answers `code: 'conflict'` for all of
 * them; the e-mail case names the field `email` (or says "e-mail" in its detail), a request still
 * running under the same Idempotency-Key says "in progress".
 */
export function registrationConflictOf(error: unknown): RegistrationConflict | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const code = error.code ?? '';
  const detail = `${error.detail ?? ''} ${error.title}`;
  if (/duplicate|already_registered/i.test(code) || error.errors.some((e) => e.path === 'email') || /e-?mail/i.test(detail)) {
    return 'duplicate';
  }
  if (/idempot|in[ _-]?progress/i.test(`${code} ${detail}`)) return 'inProgress';
  return 'closed';
}
