import { BOOKING_ERROR_CODES } from './booking-error-codes.constant';
import { CONTACT_ERROR_CODES } from './contact-error-codes.constant';
import { EVENT_ERROR_CODES } from './event-error-codes.constant';
import { EXPORT_ERROR_CODES } from './export-error-codes.constant';
import { GRANT_ERROR_CODES } from './grant-error-codes.constant';
import { MEASURE_ERROR_CODES } from './measure-error-codes.constant';
import { NARRATIVE_REPORT_ERROR_CODES } from './narrative-report-error-codes.constant';
import { OFFER_ERROR_CODES } from './offer-error-codes.constant';
import { OPERATION_ERROR_CODES } from './operation.constant';
import { PLATFORM_ERROR_CODES } from './platform-error-codes.constant';
import { USER_ERROR_CODES } from './user-error-codes.constant';
import { SURVEY_ERROR_CODES } from './survey-error-codes.constant';
import { SURVEY_RESULT_ERROR_CODES } from './survey-result-error-codes.constant';

/**
 * Every `code` an API problem can carry on purpose, one list per module. The API maps each module's codes to
 * HTTP (its `<module>.errors.ts`); the admin has a text for each in `messages/de.json` and `en.json` under `errors`.
 */
export const ERROR_CODES = [
  ...PLATFORM_ERROR_CODES,
  ...USER_ERROR_CODES,
  ...EVENT_ERROR_CODES,
  ...BOOKING_ERROR_CODES,
  ...EXPORT_ERROR_CODES,
  ...GRANT_ERROR_CODES,
  ...MEASURE_ERROR_CODES,
  ...NARRATIVE_REPORT_ERROR_CODES,
  ...CONTACT_ERROR_CODES,
  ...OFFER_ERROR_CODES,
  ...SURVEY_ERROR_CODES,
  ...SURVEY_RESULT_ERROR_CODES,
  ...OPERATION_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The codes the public pages (registration form, manage link) can meet: these also need a text in tr.json and ar.json. */
export const PUBLIC_ERROR_CODES = [
  'validation_failed',
  'not_found',
  'conflict',
  'idempotency_in_progress',
  'idempotency_answer_gone',
  'too_many_requests',
  'unavailable',
  'already_registered',
  'registration_closed',
  'registration_waitlisted',
  'registration_cancelled',
  'workshop_not_booked',
  'workshop_waitlisted',
  'survey_not_open',
  'survey_closed',
  'survey_link_revoked',
  'survey_submitted_already',
  'survey_not_submitted',
] as const satisfies readonly ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
