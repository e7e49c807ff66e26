import { PUBLIC_LANGUAGES, type PublicLanguage } from '@wir/shared';
import type { QuestionDraft } from './question-drafts.util';

const LANGUAGE_SUFFIXES = PUBLIC_LANGUAGES.map((code) => `.${code}`);

/** Every error path a field of the editor shows (`questions.0.key`, `questions.1.options.0.label.de`, …). */
export function shownErrorPaths(drafts: readonly QuestionDraft[]): Set<string> {
  const paths = new Set<string>();
  drafts.forEach((d, i) => {
    const p = `questions.${i}`;
    for (const field of ['key', 'kind', 'required', 'options', 'label', ...LANGUAGE_SUFFIXES.map((s) => `label${s}`)])
      paths.add(`${p}.${field}`);
    d.options.forEach((_, j) => {
      for (const field of ['value', 'label', ...LANGUAGE_SUFFIXES.map((s) => `label${s}`)])
        paths.add(`${p}.options.${j}.${field}`);
    });
  });
  return paths;
}

/** The error of a text in one language at `prefix` ('de' also takes an error of the whole text). */
export const labelErrorOf = (errors: Record<string, string>, prefix: string) => (code: PublicLanguage) =>
  errors[`${prefix}.label.${code}`] ?? (code === 'de' ? errors[`${prefix}.label`] : undefined);
