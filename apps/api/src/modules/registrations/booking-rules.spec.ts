import type { Question } from '@wir/shared';
import { answerErrors, clashErrors, registrationWindow } from './booking-rules';

const at = (h: number, m = 0) => new Date(Date.UTC(2014, 4, 22, h, m));

describe('clashErrors', () => {
  it('accepts workshops one after another (end = next start)', () => {
    expect(
      clashErrors([
        { id: 1, startsAt: at(9), endsAt: at(10) },
        { id: 2, startsAt: at(10), endsAt: at(11) },
      ]),
    ).toEqual([]);
  });
  it('refuses overlapping workshops, naming both', () => {
    const errors = clashErrors([
      { id: 2, startsAt: at(9, 30), endsAt: at(11) },
      { id: 1, startsAt: at(9), endsAt: at(10) },
    ]);
    expect(errors).toEqual([{ path: 'workshopIds', message: 'workshops 1 and 2 take place at the same time' }]);
  });
});

describe('answerErrors', () => {
  const questions: Question[] = [
    {
      key: 'diet',
      kind: 'choice',
      label: { de: 'Essen' },
      required: true,
      options: [
        { value: 'veg', label: { de: 'vegetarisch' } },
        { value: 'any', label: { de: 'egal' } },
      ],
    },
    { key: 'photo', kind: 'yes_no', label: { de: 'Fotos' }, required: false },
    { key: 'note', kind: 'text', label: { de: 'Anmerkung' }, required: false },
  ];
  it('accepts valid answers', () => expect(answerErrors(questions, { diet: 'veg', photo: false })).toEqual([]));
  it('names each wrong answer', () => {
    expect(
      answerErrors(questions, { diet: 'fish', photo: 'ja', note: true, shoe: 'x' })
        .map((e) => e.path)
        .sort(),
    ).toEqual(['answers.diet', 'answers.note', 'answers.photo', 'answers.shoe']);
  });
  it('requires required answers', () =>
    expect(answerErrors(questions, {})).toEqual([{ path: 'answers.diet', message: 'is required' }]));
});

describe('registrationWindow', () => {
  const base = { status: 'published', registrationOpensAt: at(8), registrationClosesAt: at(12), startsAt: at(14) };
  it.each([
    [at(7), 'not_yet_open'],
    [at(8), 'open'],
    [at(11, 59), 'open'],
    [at(12), 'closed'],
  ])('at %s is %s', (now, state) => expect(registrationWindow(base, now)).toBe(state));
  it('closes at the start without an explicit end', () => {
    expect(registrationWindow({ ...base, registrationClosesAt: null }, at(13))).toBe('open');
    expect(registrationWindow({ ...base, registrationClosesAt: null }, at(14))).toBe('closed');
  });
  it('is never open for a draft', () =>
    expect(registrationWindow({ ...base, status: 'draft' }, at(9))).toBe('not_published'));
});
