import { isApiError } from '@/lib/api-error';
import { registrationConflictOf } from './registration-conflict.util';
import { fieldKeyOfPath, type FieldKey } from './registration-form-values.util';

/** The texts a failed registration is told with (from the catalog, in the form's language). */
export interface RegistrationFailureTexts {
  duplicateEmail: string;
  closed: string;
  inProgress: string;
  unexpected: string;
  network: string;
  tooMany: (seconds: number) => string;
  server: string;
  forbidden: string;
  workshopsRefused: string;
  answerRefused: (questionKey: string) => string;
  emailInvalid: string;
  /** A required field the API found empty. */
  required: (key: FieldKey) => string;
  /** Any other refusal of a field, with the API's message. */
  check: (message: string) => string;
  /** Any other conflict, in the catalog's words for its code. */
  otherConflict: (error: unknown) => string;
}

export interface RegistrationFailure {
  fields: Partial<Record<FieldKey, string>>;
  general: string[];
  /** The e-mail is registered already: offer to send the manage link again. */
  duplicate: boolean;
  /** Registration has closed meanwhile: the page shows the event's current state. */
  closed: boolean;
}

const REQUIRED_BY_SERVER: readonly FieldKey[] = ['consent.dataProcessing', 'firstName', 'lastName', 'organisationType'];

/** What the form shows after the API refused a registration: messages by field, general ones, and what to offer. */
export function registrationFailureOf(
  error: unknown,
  questionKeys: readonly string[],
  text: RegistrationFailureTexts,
): RegistrationFailure {
  const only = (general: string, extra: Partial<RegistrationFailure> = {}): RegistrationFailure => ({
    fields: {},
    general: [general],
    duplicate: false,
    closed: false,
    ...extra,
  });
  const conflict = registrationConflictOf(error);
  if (conflict === 'duplicate')
    return { fields: { email: text.duplicateEmail }, general: [], duplicate: true, closed: false };
  if (conflict === 'closed') return only(text.closed, { closed: true });
  if (conflict === 'inProgress') return only(text.inProgress);
  if (conflict === 'other') return only(text.otherConflict(error));
  if (!isApiError(error)) return only(text.unexpected);
  if (error.status === 0) return only(text.network);
  if (error.status === 429) return only(text.tooMany(error.retryAfterSeconds ?? 60));
  if (error.status >= 500) return only(text.server);
  if (error.status === 403) return only(text.forbidden);

  const fields: Partial<Record<FieldKey, string>> = {};
  const general: string[] = [];
  for (const { path, message } of error.errors) {
    const key = fieldKeyOfPath(path, questionKeys);
    if (!key) general.push(path ? `${path}: ${message}` : message);
    else if (key === 'workshopIds') fields[key] ??= text.workshopsRefused;
    else if (key.startsWith('answers.')) fields[key] ??= text.answerRefused(key.slice('answers.'.length));
    else if (key === 'email') fields[key] ??= text.emailInvalid;
    else if (REQUIRED_BY_SERVER.includes(key)) fields[key] ??= text.required(key);
    else fields[key] ??= text.check(message);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(text.unexpected);
  return { fields, general, duplicate: false, closed: false };
}
