import { z } from 'zod';
import { offerListRowSchema } from './offer.schema';
import { SCALE_MAX, SCALE_MIN, type SurveyDefinition, type SurveyQuestion } from './survey-definition.schema';
import { surveyQuestions } from './survey-definition.util';
import { isAnswered, visibleQuestionKeys } from './survey-visibility.util';

/** A saved answer: a choice value, choice values, a text, a number, a scale point, yes/no, or offer rows. */
export type SurveyAnswerValue = string | number | boolean | string[] | Record<string, unknown>[];
export type SurveyAnswers = Record<string, SurveyAnswerValue>;
export type SurveyAnswerProblem = { key: string; path: (string | number)[]; message: string };

/** The type an answer to this question must have (no "required" here: that is the submit's rule). */
export function answerSchemaFor(question: SurveyQuestion): z.ZodType<SurveyAnswerValue> {
  switch (question.type) {
    case 'single_choice': {
      const values = question.options.map((o) => o.value);
      return z.string().refine((v) => values.includes(v), 'not one of the options');
    }
    case 'multiple_choice': {
      const values = question.options.map((o) => o.value);
      return z
        .array(z.string().refine((v) => values.includes(v), 'not one of the options'))
        .max(values.length)
        .refine((list) => new Set(list).size === list.length, 'each option only once');
    }
    case 'text':
      return z.string().max(question.maxLength);
    case 'number': {
      let schema = z.number().finite();
      if (question.integer) schema = schema.int();
      if (question.min !== undefined) schema = schema.min(question.min);
      if (question.max !== undefined) schema = schema.max(question.max);
      return schema;
    }
    case 'scale':
      return z.number().int().min(SCALE_MIN).max(SCALE_MAX);
    case 'yes_no':
      return z.boolean();
    case 'offer_list':
      return z.array(offerListRowSchema).max(question.maxRows) as unknown as z.ZodType<SurveyAnswerValue>;
  }
}

/**
 * Checks given answers by their questions' types. `null` clears an answer. Keys that are not
 * questions of the definition are problems too. Returns the parsed answers (normalised, e.g.
 * offer rows with their defaults) and the problems; the caller stores nothing when there are problems.
 */
export function checkAnswerTypes(
  definition: SurveyDefinition,
  given: Record<string, unknown>,
): { answers: Record<string, SurveyAnswerValue | null>; problems: SurveyAnswerProblem[] } {
  const byKey = new Map(surveyQuestions(definition).map((q) => [q.key, q]));
  const answers: Record<string, SurveyAnswerValue | null> = {};
  const problems: SurveyAnswerProblem[] = [];
  for (const [key, value] of Object.entries(given)) {
    const question = byKey.get(key);
    if (!question) {
      problems.push({ key, path: [key], message: 'no such question in this survey' });
      continue;
    }
    if (value === null) {
      answers[key] = null;
      continue;
    }
    const parsed = answerSchemaFor(question).safeParse(value);
    if (parsed.success) answers[key] = parsed.data;
    else
      for (const issue of parsed.error.issues)
        problems.push({
          key,
          path: [key, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
          message: issue.message,
        });
  }
  return { answers, problems };
}

/**
 * The full check at submission: types, then every shown required question answered.
 * Answers to hidden questions are dropped from the result.
 */
export function checkSubmission(
  definition: SurveyDefinition,
  saved: Record<string, unknown>,
): { answers: SurveyAnswers; problems: SurveyAnswerProblem[] } {
  const { answers: typed, problems } = checkAnswerTypes(definition, saved);
  const present: SurveyAnswers = {};
  for (const [key, value] of Object.entries(typed)) if (value !== null) present[key] = value;
  const visible = visibleQuestionKeys(definition, present);
  const answers: SurveyAnswers = {};
  for (const question of surveyQuestions(definition)) {
    if (!visible.has(question.key)) continue;
    const value = present[question.key];
    if (isAnswered(value)) answers[question.key] = value;
    else if (question.required) problems.push({ key: question.key, path: [question.key], message: 'required' });
  }
  return { answers, problems };
}
