import { PUBLIC_LANGUAGES, type LocalizedText, type PublicLanguage, type Question } from '@wir/shared';

export type TextDraft = Record<PublicLanguage, string>;

export interface OptionDraft {
  uid: number;
  value: string;
  /** Set once staff type a value themselves; until then it follows the German label. */
  valueTouched: boolean;
  label: TextDraft;
}

export interface QuestionDraft {
  uid: number;
  key: string;
  /** Set once staff type a key themselves (and for saved questions, whose answers use the key). */
  keyTouched: boolean;
  kind: Question['kind'];
  label: TextDraft;
  required: boolean;
  options: OptionDraft[];
}

/** The API's limits (questionSchema, eventFields.questions). */
export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 30;

let nextUid = 1;
export const newUid = () => nextUid++;

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A machine name from a German text: "Ernährung (vegan?)" → "ernaehrung_vegan". */
function slugify(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, max)
    .replace(/_+$/, '');
}

/** A question key (`^[a-z][a-z0-9_]{0,39}$`) from the German label; '' when there is nothing to use. */
export function keyFromLabel(label: string): string {
  const slug = slugify(label, 40);
  if (!slug) return '';
  return /^[a-z]/.test(slug) ? slug : `f_${slug}`.slice(0, 40);
}

/** An option value (`^[a-z0-9_-]{1,40}$`) from the German label. */
export function valueFromLabel(label: string): string {
  return slugify(label, 40);
}

function textDraft(text?: Partial<LocalizedText>): TextDraft {
  return Object.fromEntries(PUBLIC_LANGUAGES.map((code) => [code, text?.[code] ?? ''])) as TextDraft;
}

/** Trimmed text; translations left empty are not sent. */
function localizedText(draft: TextDraft): LocalizedText {
  const text: LocalizedText = { de: draft.de.trim() };
  for (const code of PUBLIC_LANGUAGES) {
    const value = draft[code].trim();
    if (code !== 'de' && value) text[code] = value;
  }
  return text;
}

export function emptyOption(): OptionDraft {
  return { uid: newUid(), value: '', valueTouched: false, label: textDraft() };
}

export function emptyQuestion(): QuestionDraft {
  return { uid: newUid(), key: '', keyTouched: false, kind: 'text', label: textDraft(), required: false, options: [] };
}

export function toDrafts(questions: readonly Question[]): QuestionDraft[] {
  return questions.map((q) => ({
    uid: newUid(),
    key: q.key,
    keyTouched: true,
    kind: q.kind,
    label: textDraft(q.label),
    required: q.required,
    options: (q.options ?? []).map((o) => ({
      uid: newUid(),
      value: o.value,
      valueTouched: true,
      label: textDraft(o.label),
    })),
  }));
}

export function toQuestions(drafts: readonly QuestionDraft[]): Question[] {
  return drafts.map((d) => ({
    key: d.key.trim(),
    kind: d.kind,
    label: localizedText(d.label),
    required: d.required,
    ...(d.kind === 'choice'
      ? { options: d.options.map((o) => ({ value: o.value.trim(), label: localizedText(o.label) })) }
      : {}),
  }));
}

/** Mistakes the API does not catch (it checks each question alone): keys, values and choices. */
export function draftErrors(
  drafts: readonly QuestionDraft[],
  messages: { duplicateKey: string; duplicateValue: string; noOptions: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const seenKeys = new Set<string>();
  drafts.forEach((d, i) => {
    const key = d.key.trim();
    if (key && seenKeys.has(key)) errors[`questions.${i}.key`] = messages.duplicateKey;
    seenKeys.add(key);
    if (d.kind !== 'choice') return;
    if (d.options.length === 0) errors[`questions.${i}.options`] = messages.noOptions;
    const seenValues = new Set<string>();
    d.options.forEach((o, j) => {
      const value = o.value.trim();
      if (value && seenValues.has(value)) errors[`questions.${i}.options.${j}.value`] = messages.duplicateValue;
      seenValues.add(value);
    });
  });
  return errors;
}

/** Moves one entry by `by` places (−1 up, +1 down). */
export function move<T>(list: readonly T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}
