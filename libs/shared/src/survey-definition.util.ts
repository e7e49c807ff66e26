// Without zod, so the survey editor and the feedback source fields bundle no schemas for these.
import type { SurveyDefinition, SurveyQuestion } from './survey-definition.schema';

/** The question types of a questionnaire (Erhebungsbogen). */
export const SURVEY_QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'text',
  'number',
  'scale',
  'yes_no',
  'offer_list',
] as const;
export type SurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];
/** All questions of a definition in order. */
export function surveyQuestions(definition: SurveyDefinition): SurveyQuestion[] {
  return definition.sections.flatMap((section) => section.questions);
}
