import type { SurveyAnswers, SurveyAnswerValue } from './survey-answers.util';
import type { SurveyDefinition } from './survey-definition.schema';

// Which questions a questionnaire shows: without zod, so the public questionnaire page's island script bundles no schemas.

/** Whether an answer counts as given (an empty text or list does not). */
export function isAnswered(value: SurveyAnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * The questions shown given the answers: a question with `showIf` is shown when the question it
 * names is shown and its answer equals the value (for multiple choice: includes it).
 */
export function visibleQuestionKeys(definition: SurveyDefinition, answers: Partial<SurveyAnswers>): Set<string> {
  const visible = new Set<string>();
  for (const question of definition.sections.flatMap((section) => section.questions)) {
    const condition = question.showIf;
    if (!condition) {
      visible.add(question.key);
      continue;
    }
    if (!visible.has(condition.questionKey)) continue;
    const answer = answers[condition.questionKey];
    const met = Array.isArray(answer) ? (answer as unknown[]).includes(condition.equals) : answer === condition.equals;
    if (met) visible.add(question.key);
  }
  return visible;
}
