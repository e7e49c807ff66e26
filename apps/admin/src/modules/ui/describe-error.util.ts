import { formatCents, formatIsoCalendarDate, isErrorCode, isIsoCalendarDate } from '@wir/shared';
import { isApiError } from '@/lib/api-error';

type CommonKey = 'errorNetwork' | 'errorForbidden' | 'errorValidation' | 'errorGeneric';
type Values = Record<string, string | number>;

/** The two catalogs an error text comes from: `common` (network, fallbacks) and `errors` (one text per API code). */
export type ErrorTranslators = {
  common: (key: CommonKey, values?: { message: string }) => string;
  errors: { (key: string, values?: Values): string; has(key: string): boolean };
};

/** A problem's `params` as the text shows them: ISO days as "22.05.2014", `…Cents` as euros. */
export function errorTextValues(params: Values | undefined): Values {
  const values: Values = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number' && key.endsWith('Cents')) values[key] = formatCents(value);
    else if (typeof value === 'string' && isIsoCalendarDate(value)) values[key] = formatIsoCalendarDate(value);
    else values[key] = value;
  }
  return values;
}

/**
 * Turns any error into one sentence for an alert, in the user's language: the catalog text for the API's
 * `code` (never the API's English `detail`), else a text by status.
 */
export function describeError(t: ErrorTranslators, error: unknown): string {
  if (!isApiError(error))
    return t.common('errorGeneric', { message: error instanceof Error ? error.message : String(error) });
  if (error.status === 0) return t.common('errorNetwork');
  const code = error.code;
  if (isErrorCode(code) && t.errors.has(code)) return t.errors(code, errorTextValues(error.problem.params));
  if (error.status === 403) return t.common('errorForbidden');
  if (error.errors.length > 0) return t.common('errorValidation');
  return t.errors('unknown', { status: error.status });
}
