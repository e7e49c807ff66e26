import { filtersHref, firstParam, oneOfParam, positiveIntParam, queryWith, setFiltersOnly } from './url-state.util';

describe('queryWith', () => {
  it('sets, replaces and removes values and keeps the others, sorted', () => {
    expect(queryWith('status=confirmed&page=3', { page: 1, q: 'Kaya' })).toBe('?page=1&q=Kaya&status=confirmed');
    expect(queryWith(new URLSearchParams('q=Kaya&page=2'), { q: '', page: undefined })).toBe('');
    expect(queryWith('', { workshopId: 12, status: null })).toBe('?workshopId=12');
  });

  it('encodes what users type', () => {
    expect(queryWith('', { q: 'Müller & Söhne' })).toBe('?q=M%C3%BCller+%26+S%C3%B6hne');
  });
});

describe('params from the address', () => {
  it('reads positive whole numbers only', () => {
    expect(positiveIntParam('3')).toBe(3);
    expect(positiveIntParam('0')).toBeUndefined();
    expect(positiveIntParam('-2')).toBeUndefined();
    expect(positiveIntParam('2.5')).toBeUndefined();
    expect(positiveIntParam(null)).toBeUndefined();
  });

  it('reads only allowed values', () => {
    expect(oneOfParam('confirmed', ['confirmed', 'waitlisted'] as const)).toBe('confirmed');
    expect(oneOfParam('deleted', ['confirmed', 'waitlisted'] as const)).toBeUndefined();
  });
});

describe('filters in a server page address', () => {
  it('takes the first of repeated parameters', () => {
    expect(firstParam(['2', '3'])).toBe('2');
    expect(firstParam('4')).toBe('4');
    expect(firstParam(undefined)).toBeUndefined();
  });

  it('keeps only the filters that are set', () => {
    expect(setFiltersOnly({ a: 1, b: undefined, c: null, d: '' })).toEqual({ a: 1, c: null, d: '' });
  });

  it('writes the set filters in the given key order and leaves out empty ones', () => {
    const filters = { year: 2014, status: 'running', tag: '', grantId: undefined as number | undefined };
    expect(filtersHref('/massnahmen', filters, ['status', 'grantId', 'tag', 'year'])).toBe(
      '/massnahmen?status=running&year=2014',
    );
    expect(filtersHref('/massnahmen', { tag: '' }, ['tag'])).toBe('/massnahmen');
  });
});
