import type { SurveyDefinition } from '@wir/shared';
import { surveyDefinitionSchema } from '@wir/shared';
import { median, questionResults, questionsAcrossVersions, rateRow } from './survey-results.util';
import { WITHHELD_QUESTION } from './survey-results.test-fixture';

const v1: SurveyDefinition = surveyDefinitionSchema.parse({
  sections: [
    {
      key: 'allgemein',
      title: { de: 'Allgemein' },
      questions: [
        { key: 'buero', type: 'yes_no', label: { de: 'Integrationsbüro?' } },
        {
          key: 'felder',
          type: 'multiple_choice',
          label: { de: 'Felder' },
          options: [
            { value: 'sprache', label: { de: 'Sprache' } },
            { value: 'arbeit', label: { de: 'Arbeit' } },
          ],
        },
        { key: 'note', type: 'scale', label: { de: 'Note' }, minLabel: { de: 'schlecht' }, maxLabel: { de: 'gut' } },
        { key: 'stellen', type: 'number', label: { de: 'Stellen' } },
        { key: 'ideen', type: 'text', label: { de: 'Ideen' } },
        { key: 'angebote', type: 'offer_list', label: { de: 'Angebote' } },
        { key: 'alt', type: 'single_choice', label: { de: 'Alt' }, options: [{ value: 'a', label: { de: 'A' } }] },
      ],
    },
  ],
});
const v2: SurveyDefinition = surveyDefinitionSchema.parse({
  sections: [
    {
      key: 'allgemein',
      title: { de: 'Allgemein (neu)' },
      questions: [
        { key: 'buero', type: 'yes_no', label: { de: 'Eigenes Integrationsbüro?' } },
        {
          key: 'felder',
          type: 'multiple_choice',
          label: { de: 'Felder' },
          options: [
            { value: 'sprache', label: { de: 'Sprache' } },
            { value: 'gesundheit', label: { de: 'Gesundheit' } },
          ],
        },
        { key: 'note', type: 'scale', label: { de: 'Note' }, minLabel: { de: 'schlecht' }, maxLabel: { de: 'gut' } },
        { key: 'stellen', type: 'number', label: { de: 'Stellen' } },
        { key: 'ideen', type: 'text', label: { de: 'Ideen' } },
        { key: 'angebote', type: 'offer_list', label: { de: 'Angebote' } },
        { key: 'neu', type: 'yes_no', label: { de: 'Neu' } },
      ],
    },
  ],
});
const versions = [
  { number: 1, definition: v1 },
  { number: 2, definition: v2 },
];
const responses = [
  {
    versionNumber: 1,
    answers: {
      buero: true,
      felder: ['sprache', 'arbeit'],
      note: 5,
      stellen: 2,
      ideen: 'Sprachcafé',
      angebote: [{ title: 'A' }, { title: 'B' }],
      alt: 'a',
    },
  },
  { versionNumber: 1, answers: { buero: false, felder: ['arbeit'], note: 4, stellen: 0.5, ideen: '  ' } },
  {
    versionNumber: 2,
    answers: {
      buero: true,
      felder: ['gesundheit'],
      note: 2,
      stellen: 1,
      ideen: 'Lotsen',
      angebote: [{ title: 'C' }],
      neu: false,
    },
  },
  { versionNumber: 2, answers: { buero: true, felder: [], note: 4 } },
];

describe('questionsAcrossVersions', () => {
  it('takes label and section from the newest version, keeps old options and old questions', () => {
    const located = questionsAcrossVersions(versions);
    expect(located.map((l) => l.question.key)).toEqual([
      'buero',
      'felder',
      'note',
      'stellen',
      'ideen',
      'angebote',
      'neu',
      'alt',
    ]);
    expect(located[0]).toMatchObject({
      question: { label: { de: 'Eigenes Integrationsbüro?' } },
      section: { title: { de: 'Allgemein (neu)' } },
      versions: [1, 2],
    });
    const felder = located[1].question;
    expect(felder.type === 'multiple_choice' && felder.options.map((o) => o.value)).toEqual([
      'sprache',
      'gesundheit',
      'arbeit',
    ]);
    expect(located.find((l) => l.question.key === 'alt')!.versions).toEqual([1]);
  });
});

describe('questionResults', () => {
  const results = questionResults(versions, responses, false);
  const of = (key: string) => results.find((r) => r.key === key)!;

  it('counts choices, yes/no and scale points with their shares of the answers', () => {
    expect(of('buero')).toMatchObject({
      answered: 4,
      suppressed: false,
      options: [
        { value: 'yes', count: 3, share: 0.75 },
        { value: 'no', count: 1, share: 0.25 },
      ],
    });
    expect(of('felder').answered).toBe(3);
    expect(of('felder').options.map((o) => [o.value, o.count])).toEqual([
      ['sprache', 1],
      ['gesundheit', 1],
      ['arbeit', 2],
    ]);
    expect(of('note').options.map((o) => o.count)).toEqual([0, 1, 0, 2, 1]);
    expect(of('note').options[0].label.de).toBe('1 – schlecht');
  });

  it('gives mean, median, min and max of numbers and scales', () => {
    expect(of('note')).toMatchObject({ mean: 3.75, median: 4, min: 2, max: 5 });
    expect(of('stellen')).toMatchObject({ answered: 3, mean: 1.1667, median: 1, min: 0.5, max: 2 });
  });

  it('lists free texts in full, skips blank ones, and counts offer rows', () => {
    expect(of('ideen')).toMatchObject({ answered: 2, texts: ['Sprachcafé', 'Lotsen'] });
    expect(of('angebote')).toMatchObject({ answered: 2, offerRows: 3 });
  });

  it('counts a question only on the versions that ask it', () => {
    expect(of('neu')).toMatchObject({ versions: [2], answered: 1 });
    expect(of('alt')).toMatchObject({ versions: [1], answered: 1 });
  });

  it('withholds everything of an anonymous group under three answers, and shows it from three', () => {
    const two = questionResults(versions, responses.slice(0, 2), true);
    for (const q of two) {
      expect(q).toMatchObject(WITHHELD_QUESTION);
      for (const o of q.options) expect([o.count, o.share]).toEqual([null, null]);
    }
    const three = questionResults(versions, responses.slice(0, 3), true);
    expect(three.find((q) => q.key === 'buero')).toMatchObject({ suppressed: false, answered: 3 });
  });
});

describe('median and rateRow', () => {
  it('takes the middle value or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('gives the rate of invited, and hides a small anonymous group', () => {
    expect(rateRow(false, 4, 1)).toEqual({ invited: 4, submitted: 1, rate: 0.25, suppressed: false });
    expect(rateRow(false, 0, 0)).toEqual({ invited: 0, submitted: 0, rate: null, suppressed: false });
    expect(rateRow(true, 10, 2)).toEqual({ invited: 10, submitted: null, rate: null, suppressed: true });
    expect(rateRow(true, null, 3)).toEqual({ invited: null, submitted: 3, rate: null, suppressed: false });
  });
});
