import { isApiError } from '@/lib/api-error';

type CommonT = (key: 'errorNetwork' | 'errorForbidden' | 'errorValidation' | 'errorGeneric', values?: { message: string }) => string;

/** Turns any error into one sentence for an alert, in the user's language. */
export function describeError(t: CommonT, error: unknown): string {
  if (!isApiError(error)) return t('errorGeneric', { message: error instanceof Error ? error.message : String(error) });
  if (error.status === 0) return t('errorNetwork');
  if (error.status === 403) return t('errorForbidden');
  if (error.errors.length > 0) return t('errorValidation');
  return t('errorGeneric', { message: error.detail ?? error.title });
}
