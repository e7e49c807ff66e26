/** What the surveys module (questionnaires, invitations, answering) refuses, by code. */
export const SURVEY_ERROR_CODES = [
  'survey_status_invalid',
  'survey_mode_locked',
  'survey_wrong_mode',
  'survey_not_open',
  'survey_closed',
  'survey_link_revoked',
  'survey_submitted_already',
  'survey_not_submitted',
  'survey_invitation_no_email',
] as const;
export type SurveyErrorCode = (typeof SURVEY_ERROR_CODES)[number];

/** The survey codes the public answering page meets (texts in all four public catalogs). */
export const PUBLIC_SURVEY_ERROR_CODES = [
  'survey_not_open',
  'survey_closed',
  'survey_link_revoked',
  'survey_submitted_already',
  'survey_not_submitted',
] as const satisfies readonly SurveyErrorCode[];
