import { questionSchema, type Question } from '@wir/shared';
import {
  draftErrors,
  emptyOption,
  emptyQuestion,
  keyFromLabel,
  move,
  toDrafts,
  toQuestions,
  valueFromLabel,
  type QuestionDraft,
} from './question-drafts.util';

const messages = {
  duplicateKey: 'Schlüssel doppelt',
  duplicateValue: 'Wert doppelt',
  noOptions: 'Mindestens eine Auswahl',
};
const KEY = /^[a-z][a-z0-9_]{0,39}$/;

describe('keyFromLabel', () => {
  it.each([
    ['Ernährung (vegan?)', 'ernaehrung_vegan'],
    ['Größe des Trägers', 'groesse_des_traegers'],
    ['Café & Kuchen', 'cafe_kuchen'],
    ['  Rolle  ', 'rolle'],
    ['2. Wahl', 'f_2_wahl'],
  ])('%j → %j', (label, key) => expect(keyFromLabel(label)).toBe(key));

  it.each(['', '   ', '???', 'سؤال'])('is empty when the label has nothing to use (%j)', (label) =>
    expect(keyFromLabel(label)).toBe(''),
  );

  it.each(['Wie sind Sie auf die Integrationskonferenz aufmerksam geworden?', '1'.repeat(45), `${'x'.repeat(39)} y`])(
    'fits the API pattern of keys however long the label (%j)',
    (label) => {
      const key = keyFromLabel(label);
      expect(key).toMatch(KEY);
      expect(key.endsWith('_')).toBe(false);
    },
  );
});

describe('valueFromLabel', () => {
  it('may start with a digit (option values may)', () => expect(valueFromLabel('1. Tag')).toBe('1_tag'));
  it('follows the same spelling rules as keys', () => expect(valueFromLabel('Ja, gern!')).toBe('ja_gern'));
  it('is at most 40 characters', () => expect(valueFromLabel('a'.repeat(60))).toHaveLength(40));
});

const saved: Question[] = [
  { key: 'rolle', kind: 'text', label: { de: 'Ihre Rolle', en: 'Your role' }, required: true },
  {
    key: 'essen',
    kind: 'choice',
    label: { de: 'Essen', tr: 'Yemek' },
    required: false,
    options: [
      { value: 'vegan', label: { de: 'Vegan' } },
      { value: 'alles', label: { de: 'Alles', ar: 'كل شيء' } },
    ],
  },
  { key: 'parken', kind: 'yes_no', label: { de: 'Parkplatz nötig?' }, required: false },
];

describe('toDrafts / toQuestions', () => {
  it('gives back the saved questions unchanged', () => expect(toQuestions(toDrafts(saved))).toEqual(saved));

  it('marks saved keys and values as typed (their answers use them)', () => {
    const [rolle, essen] = toDrafts(saved);
    expect(rolle?.keyTouched).toBe(true);
    expect(essen?.options.every((o) => o.valueTouched)).toBe(true);
  });

  it('holds a text for every public language, empty where none is saved', () => {
    expect(toDrafts(saved)[0]?.label).toEqual({ de: 'Ihre Rolle', en: 'Your role', tr: '', ar: '' });
  });

  it('trims texts, drops empty translations and sends options only for choices', () => {
    const draft: QuestionDraft = {
      ...emptyQuestion(),
      key: ' anreise ',
      kind: 'text',
      label: { de: ' Anreise ', en: '  ', tr: ' Ulaşım ', ar: '' },
      options: [{ ...emptyOption(), value: 'bahn', label: { de: 'Bahn', en: '', tr: '', ar: '' } }],
    };
    const [question] = toQuestions([draft]);
    expect(question).toEqual({ key: 'anreise', kind: 'text', label: { de: 'Anreise', tr: 'Ulaşım' }, required: false });
    expect(questionSchema.safeParse(question).success).toBe(true);
  });

  it('sends a choice with its trimmed option values', () => {
    const draft: QuestionDraft = {
      ...emptyQuestion(),
      key: keyFromLabel('Ernährung'),
      kind: 'choice',
      label: { de: 'Ernährung', en: '', tr: '', ar: '' },
      options: [
        {
          ...emptyOption(),
          value: ` ${valueFromLabel('Vegetarisch')} `,
          label: { de: 'Vegetarisch', en: 'Vegetarian', tr: '', ar: '' },
        },
      ],
    };
    const [question] = toQuestions([draft]);
    expect(question?.options).toEqual([{ value: 'vegetarisch', label: { de: 'Vegetarisch', en: 'Vegetarian' } }]);
    expect(questionSchema.safeParse(question).success).toBe(true);
  });

  it('gives every new draft its own uid', () => {
    const uids = [emptyQuestion().uid, emptyQuestion().uid, emptyOption().uid, ...toDrafts(saved).map((d) => d.uid)];
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('draftErrors', () => {
  const drafts = (...items: Partial<QuestionDraft>[]): QuestionDraft[] =>
    items.map((item) => ({ ...emptyQuestion(), ...item }));
  const option = (value: string) => ({ ...emptyOption(), value });

  it('finds nothing in questions the API would take', () => expect(draftErrors(toDrafts(saved), messages)).toEqual({}));

  it('marks the second of two questions with the same key (after trimming)', () => {
    expect(draftErrors(drafts({ key: 'rolle' }, { key: 'anreise' }, { key: ' rolle ' }), messages)).toEqual({
      'questions.2.key': messages.duplicateKey,
    });
  });

  it('leaves empty keys to the API (it names them itself)', () =>
    expect(draftErrors(drafts({ key: '' }, { key: '' }), messages)).toEqual({}));

  it('wants at least one option for a choice', () => {
    expect(draftErrors(drafts({ key: 'essen', kind: 'choice', options: [] }), messages)).toEqual({
      'questions.0.options': messages.noOptions,
    });
  });

  it('marks a repeated option value within one question only', () => {
    const list = drafts(
      { key: 'essen', kind: 'choice', options: [option('vegan'), option('alles'), option('vegan ')] },
      { key: 'getraenk', kind: 'choice', options: [option('vegan')] },
    );
    expect(draftErrors(list, messages)).toEqual({ 'questions.0.options.2.value': messages.duplicateValue });
  });

  it('ignores options of questions that are no choice', () => {
    expect(draftErrors(drafts({ key: 'rolle', kind: 'text', options: [option('a'), option('a')] }), messages)).toEqual(
      {},
    );
  });
});

describe('move', () => {
  const list = ['a', 'b', 'c'] as const;

  it('moves an entry down and up', () => {
    expect(move(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(list, 2, -1)).toEqual(['a', 'c', 'b']);
  });

  it('keeps the order at either end', () => {
    expect(move(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(list, 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('returns a new list and leaves the old one as it was', () => {
    const original = ['a', 'b', 'c'];
    const moved = move(original, 1, 1);
    expect(moved).not.toBe(original);
    expect(original).toEqual(['a', 'b', 'c']);
  });
});
