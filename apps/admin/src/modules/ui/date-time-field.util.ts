import { parseGermanDateTime } from '@wir/shared';

/** What is wrong with the text of a date-time field, or null: an empty optional field is fine. */
export function dateTimeFieldProblem(text: string, required: boolean): 'missing' | 'format' | null {
  if (text.trim() === '') return required ? 'missing' : null;
  return parseGermanDateTime(text) ? null : 'format';
}
