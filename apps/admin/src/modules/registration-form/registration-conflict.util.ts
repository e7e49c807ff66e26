import { isApiError } from '@/lib/api-error';

export type RegistrationConflict = 'duplicate' | 'closed' | 'inProgress' | 'other';

const BY_CODE: Record<string, RegistrationConflict> = {
  already_registered: 'duplicate',
  registration_closed: 'closed',
  idempotency_in_progress: 'inProgress',
};

/** What a 409 of the registration endpoints means, by the problem's `code`; null for any other error. */
export function registrationConflictOf(error: unknown): RegistrationConflict | null {
  if (!isApiError(error) || error.status !== 409) return null;
  return BY_CODE[error.code ?? ''] ?? 'other';
}
