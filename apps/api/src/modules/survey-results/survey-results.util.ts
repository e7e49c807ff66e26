import type {
  LocalizedText,
  QuestionResult,
  ResultOption,
  ResponseRateRow,
  SurveyDefinition,
  SurveyQuestion,
} from '@wir/shared';
import { isAnswered, MIN_ANONYMOUS_GROUP, SCALE_MAX, SCALE_MIN } from '@wir/shared';

export type ResultVersion = { number: number; definition: SurveyDefinition };
/** A submitted response: the number of the version it was given on and its answers by question key. */
export type ResultResponse = { versionNumber: number; answers: Record<string, unknown> };

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const share = (count: number, of: number) => (of === 0 ? null : round4(count / of));

/** Too small a group of an anonymous survey to show its counts. */
export const isSuppressed = (anonymous: boolean, submitted: number) => anonymous && submitted < MIN_ANONYMOUS_GROUP;

/** The median of numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type Located = { question: SurveyQuestion; section: { key: string; title: LocalizedText }; versions: number[] };

/**
 * The questions of the given versions by key, newest version first: its label, options and section win;
 * keys asked only by older versions follow in their order. Options of older versions that the newest one
 * dropped are kept (answers may carry them).
 */
export function questionsAcrossVersions(versions: ResultVersion[]): Located[] {
  const byKey = new Map<string, Located & { extraOptions: { value: string; label: LocalizedText }[] }>();
  for (const v of [...versions].sort((a, b) => b.number - a.number)) {
    for (const section of v.definition.sections) {
      for (const question of section.questions) {
        const known = byKey.get(question.key);
        if (!known) {
          byKey.set(question.key, {
            question,
            section: { key: section.key, title: section.title },
            versions: [v.number],
            extraOptions: [],
          });
          continue;
        }
        known.versions.push(v.number);
        if (
          (question.type === 'single_choice' || question.type === 'multiple_choice') &&
          (known.question.type === 'single_choice' || known.question.type === 'multiple_choice')
        ) {
          for (const o of question.options) {
            if (
              !known.question.options.some((x) => x.value === o.value) &&
              !known.extraOptions.some((x) => x.value === o.value)
            )
              known.extraOptions.push(o);
          }
        }
      }
    }
  }
  return [...byKey.values()].map(({ extraOptions, ...l }) => ({
    ...l,
    versions: l.versions.sort((a, b) => a - b),
    question:
      extraOptions.length > 0 && (l.question.type === 'single_choice' || l.question.type === 'multiple_choice')
        ? { ...l.question, options: [...l.question.options, ...extraOptions] }
        : l.question,
  }));
}

const YES_NO_LABELS = {
  yes: { de: 'Ja', en: 'Yes', tr: 'Evet', ar: 'نعم' },
  no: { de: 'Nein', en: 'No', tr: 'Hayır', ar: 'لا' },
};

/**
 * Figures per question over submitted responses (a pure function: the service reads the rows). Only
 * responses given on a version that asks the question count; `anonymous` with fewer than
 * MIN_ANONYMOUS_GROUP responses in the group withholds every count, figure and text.
 */
export function questionResults(
  versions: ResultVersion[],
  responses: ResultResponse[],
  anonymous: boolean,
): QuestionResult[] {
  const suppressed = isSuppressed(anonymous, responses.length);
  return questionsAcrossVersions(versions).map(({ question, section, versions: asked }) => {
    const values = responses
      .filter((r) => asked.includes(r.versionNumber))
      .map((r) => r.answers[question.key])
      .filter((v) => isAnswered(v as never));
    const base: QuestionResult = {
      key: question.key,
      type: question.type,
      label: question.label,
      section,
      versions: asked,
      suppressed,
      answered: suppressed ? null : values.length,
      options: [],
      mean: null,
      median: null,
      min: null,
      max: null,
      texts: [],
      offerRows: null,
    };
    const counted = (
      list: { value: string; label: LocalizedText }[],
      count: (value: string) => number,
    ): ResultOption[] =>
      list.map((o) => {
        const n = count(o.value);
        return {
          value: o.value,
          label: o.label,
          count: suppressed ? null : n,
          share: suppressed ? null : share(n, values.length),
        };
      });
    switch (question.type) {
      case 'single_choice':
        return { ...base, options: counted(question.options, (value) => values.filter((v) => v === value).length) };
      case 'multiple_choice':
        return {
          ...base,
          options: counted(
            question.options,
            (value) => values.filter((v) => Array.isArray(v) && v.includes(value)).length,
          ),
        };
      case 'yes_no':
        return {
          ...base,
          options: counted(
            [
              { value: 'yes', label: YES_NO_LABELS.yes },
              { value: 'no', label: YES_NO_LABELS.no },
            ],
            (value) => values.filter((v) => v === (value === 'yes')).length,
          ),
        };
      case 'scale':
      case 'number': {
        const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
        const points =
          question.type === 'scale'
            ? counted(
                Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => {
                  const p = SCALE_MIN + i;
                  const label = p === SCALE_MIN ? question.minLabel : p === SCALE_MAX ? question.maxLabel : null;
                  return { value: String(p), label: label ? withPoint(p, label) : { de: String(p) } };
                }),
                (value) => numbers.filter((n) => n === Number(value)).length,
              )
            : [];
        if (suppressed || numbers.length === 0) return { ...base, options: points };
        return {
          ...base,
          options: points,
          mean: round4(numbers.reduce((s, n) => s + n, 0) / numbers.length),
          median: median(numbers),
          min: Math.min(...numbers),
          max: Math.max(...numbers),
        };
      }
      case 'text':
        return { ...base, texts: suppressed ? [] : values.filter((v): v is string => typeof v === 'string') };
      case 'offer_list':
        return {
          ...base,
          offerRows: suppressed ? null : values.reduce<number>((s, v) => s + (Array.isArray(v) ? v.length : 0), 0),
        };
    }
  });
}

/** "1 – gar nicht" for a labelled end of a scale, in every language the label has. */
function withPoint(point: number, label: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(label).map(([lang, text]) => [lang, `${point} – ${text}`])) as LocalizedText;
}

/** A response-rate row; counts of too small an anonymous group are withheld. */
export function rateRow(anonymous: boolean, invited: number | null, submitted: number): ResponseRateRow {
  if (isSuppressed(anonymous, submitted)) return { invited, submitted: null, rate: null, suppressed: true };
  return { invited, submitted, rate: invited ? round4(submitted / invited) : null, suppressed: false };
}
