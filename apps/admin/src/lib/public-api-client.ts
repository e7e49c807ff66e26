import {
  manageRegistrationSchema,
  publicEventListSchema,
  publicEventSchema,
  registrationCreatedSchema,
  savedAnswersSchema,
  submittedSurveySchema,
  type CreateRegistration,
  type SaveAnswers,
  type UpdateOwnRegistration,
} from '@wir/shared';
import { API_BASE, request } from './api-request';

/** Endpoints without login: the registration form, the manage link and the survey answers. Public pages import
 * this, not lib/api-client.ts, so their JavaScript carries only these schemas. */
export const publicApiClient = {
  events: () => request('GET', '/public/events', { schema: publicEventListSchema }),
  event: (slug: string) => request('GET', `/public/events/${encodeURIComponent(slug)}`, { schema: publicEventSchema }),
  register: (slug: string, body: CreateRegistration, idempotencyKey: string) =>
    request('POST', `/public/events/${encodeURIComponent(slug)}/registrations`, {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      schema: registrationCreatedSchema,
    }),
  resendLink: (slug: string, email: string) =>
    request('POST', `/public/events/${encodeURIComponent(slug)}/resend-link`, { body: { email }, schema: undefined }),
  registration: (token: string) =>
    request('GET', `/public/registrations/${encodeURIComponent(token)}`, { schema: manageRegistrationSchema }),
  changeWorkshops: (token: string, body: UpdateOwnRegistration) =>
    request('PATCH', `/public/registrations/${encodeURIComponent(token)}`, { body, schema: manageRegistrationSchema }),
  cancel: (token: string) =>
    request('POST', `/public/registrations/${encodeURIComponent(token)}/cancel`, { schema: manageRegistrationSchema }),
  /** A plain link (download of a JSON file), not a fetch. */
  exportUrl: (token: string) => `${API_BASE}/public/registrations/${encodeURIComponent(token)}/export`,
  /** Answering a questionnaire by its link: save as the person goes, submit once, the answers as a PDF (a plain link). */
  saveSurveyAnswers: (token: string, body: SaveAnswers) =>
    request('PUT', `/public/surveys/${encodeURIComponent(token)}/answers`, { body, schema: savedAnswersSchema }),
  submitSurvey: (token: string) =>
    request('POST', `/public/surveys/${encodeURIComponent(token)}/submit`, { schema: submittedSurveySchema }),
  surveyAnswersPdfUrl: (token: string, lang: string) =>
    `${API_BASE}/public/surveys/${encodeURIComponent(token)}/answers.pdf?lang=${encodeURIComponent(lang)}`,
};
