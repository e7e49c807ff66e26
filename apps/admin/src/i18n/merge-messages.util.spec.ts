import { mergeMessages } from './merge-messages.util';

describe('mergeMessages', () => {
  it('takes the later catalog’s texts and keeps the earlier ones it lacks, at any depth', () => {
    const de = { common: { save: 'Speichern', cancel: 'Abbrechen' }, nav: { home: 'Start' } };
    const en = { common: { save: 'Save' } };
    expect(mergeMessages(de, en)).toEqual({ common: { save: 'Save', cancel: 'Abbrechen' }, nav: { home: 'Start' } });
  });

  it('keeps a compiled message (an array, next-intl’s precompile) whole instead of merging it index by index', () => {
    const de = { registrations: { count: ['Anmeldungen: ', ['n', 0]] } };
    const ar = { registrations: { count: [['n', 0], ' :تسجيلات'] } };
    expect(mergeMessages(de, ar)).toEqual(ar);
    expect(mergeMessages({ a: { b: ['x', ['y']] } }, { a: { b: 'plain' } })).toEqual({ a: { b: 'plain' } });
  });
});
