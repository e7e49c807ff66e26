import { surveyQuestions, type SurveyDefinition, type SurveyQuestion, type SurveyQuestionType } from '@wir/shared';

/** A new question of a type with the type's defaults; the key is free among `taken`. */
export function newQuestion(type: SurveyQuestionType, taken: Set<string>): SurveyQuestion {
  let n = taken.size + 1;
  while (taken.has(`frage_${n}`)) n++;
  const common = { key: `frage_${n}`, label: { de: '' }, required: false };
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...common, type, options: [{ value: 'option_1', label: { de: '' } }] };
    case 'text':
      return { ...common, type, multiline: false, maxLength: 2000 };
    case 'number':
      return { ...common, type, integer: false };
    case 'scale':
      return { ...common, type, min: 1, max: 5, minLabel: { de: '' }, maxLabel: { de: '' } };
    case 'yes_no':
      return { ...common, type };
    case 'offer_list':
      return { ...common, type, maxRows: 20 };
  }
}

/** Changes a question's type, keeping what all types share (key, label, help, required, condition). */
export function changeType(question: SurveyQuestion, type: SurveyQuestionType): SurveyQuestion {
  const fresh = newQuestion(type, new Set());
  return {
    ...fresh,
    key: question.key,
    label: question.label,
    help: question.help,
    required: question.required,
    showIf: question.showIf,
  } as SurveyQuestion;
}

export function allKeys(definition: SurveyDefinition): Set<string> {
  return new Set(surveyQuestions(definition).map((q) => q.key));
}

/** Moves an item of a list one place up (-1) or down (+1); unchanged at the ends. */
export function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** "sections.1.questions.2.options.0.label.de" → [section 2, question 3, "options.0.label.de"], for the editor's error list. */
export function locateProblem(path: string): { section: number | null; question: number | null; field: string } {
  const match = /^(?:definition\.)?sections\.(\d+)(?:\.questions\.(\d+))?\.?(.*)$/.exec(path);
  if (!match) return { section: null, question: null, field: path };
  return {
    section: Number(match[1]) + 1,
    question: match[2] !== undefined ? Number(match[2]) + 1 : null,
    field: match[3],
  };
}
