import type {
  manageRegistrationSchema,
  publicEventListSchema,
  publicEventSchema,
  registrationCreatedSchema,
  savedAnswersSchema,
  submittedSurveySchema,
  CreateRegistration,
  SaveAnswers,
  UpdateOwnRegistration,
} from '@wir/shared';
import { API_BASE, request } from './api-request';

/** Endpoints without login: the registration form, the manage link and the survey answers. Public pages import
 * this, not lib/api-client.ts; the schemas are types only, so the public pages' island scripts carry no zod. */
export const publicApiClient = {
  events: () => request<typeof publicEventListSchema>('GET', '/public/events'),
  event: (slug: string) => request<typeof publicEventSchema>('GET', `/public/events/${encodeURIComponent(slug)}`),
  register: (slug: string, body: CreateRegistration, idempotencyKey: string) =>
    request<typeof registrationCreatedSchema>('POST', `/public/events/${encodeURIComponent(slug)}/registrations`, {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  resendLink: (slug: string, email: string) =>
    request('POST', `/public/events/${encodeURIComponent(slug)}/resend-link`, { body: { email } }),
  registration: (token: string) =>
    request<typeof manageRegistrationSchema>('GET', `/public/registrations/${encodeURIComponent(token)}`),
  changeWorkshops: (token: string, body: UpdateOwnRegistration) =>
    request<typeof manageRegistrationSchema>('PATCH', `/public/registrations/${encodeURIComponent(token)}`, { body }),
  cancel: (token: string) =>
    request<typeof manageRegistrationSchema>('POST', `/public/registrations/${encodeURIComponent(token)}/cancel`),
  /** A plain link (download of a JSON file), not a fetch. */
  exportUrl: (token: string) => `${API_BASE}/public/registrations/${encodeURIComponent(token)}/export`,
  /** Answering a questionnaire by its link: save as the person goes, submit once, the answers as a PDF (a plain link). */
  saveSurveyAnswers: (token: string, body: SaveAnswers) =>
    request<typeof savedAnswersSchema>('PUT', `/public/surveys/${encodeURIComponent(token)}/answers`, { body }),
  submitSurvey: (token: string) =>
    request<typeof submittedSurveySchema>('POST', `/public/surveys/${encodeURIComponent(token)}/submit`),
  surveyAnswersPdfUrl: (token: string, lang: string) =>
    `${API_BASE}/public/surveys/${encodeURIComponent(token)}/answers.pdf?lang=${encodeURIComponent(lang)}`,
};
