/** What the survey results (figures and exports of a questionnaire's answers) refuse, by code. */
export const SURVEY_RESULT_ERROR_CODES = ['survey_results_too_many', 'survey_results_group_too_small'] as const;
export type SurveyResultErrorCode = (typeof SURVEY_RESULT_ERROR_CODES)[number];
