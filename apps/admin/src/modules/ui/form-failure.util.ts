import { isErrorCode } from '@wir/shared';
import { isApiError } from '@/lib/api-error';

export type FormFailure = { fields: Record<string, string>; alert: string };

/**
 * What a form shows when the API refuses: the error texts at the fields it shows, one alert sentence (errors of
 * fields the form does not show appended, so nothing gets lost). A refusal with its own code (receipt number
 * taken, …) is said in the catalog's words at its fields too; only a plain validation failure shows the API's
 * per-field messages.
 */
export function formFailure(
  error: unknown,
  visibleFields: readonly string[],
  describe: (error: unknown) => string,
): FormFailure {
  const sentence = describe(error);
  if (!isApiError(error)) return { fields: {}, alert: sentence };
  const coded = error.code !== 'validation_failed' && isErrorCode(error.code);
  const fields: Record<string, string> = {};
  const hidden: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    if (visibleFields.includes(field)) fields[field] = coded ? sentence : message;
    else if (!coded) hidden.push(field ? `${field}: ${message}` : message);
  }
  return { fields, alert: [sentence, ...hidden].join(' ') };
}
