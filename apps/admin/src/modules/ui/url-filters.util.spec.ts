import { booleanParam, idParam, intInRange, languageParam, oneOf, textParam, urlFilters } from './url-filters.util';

describe('urlFilters', () => {
  const filters = urlFilters({ q: textParam(10), status: oneOf(['open', 'closed'] as const), page: idParam });

  it('reads the first value of each parameter and leaves out what is not a valid filter', () => {
    expect(filters.from({ q: [' a ', 'b'], status: 'gone', page: '2', other: 'x' })).toEqual({ q: 'a', page: 2 });
    expect(Object.keys(filters.from({ page: '3', status: 'open' }))).toEqual(['status', 'page']);
    expect(filters.from({})).toEqual({});
  });

  it('writes the set filters in the readers’ order, whatever order they come in', () => {
    expect(filters.query({ page: 2, q: 'x y', status: 'open' })).toBe('?q=x+y&status=open&page=2');
    expect(filters.query({ status: undefined, q: '' })).toBe('');
  });

  it('reads back what it wrote', () => {
    const set = { q: 'Kita & Co', status: 'closed' as const, page: 4 };
    expect(filters.from(Object.fromEntries(new URLSearchParams(filters.query(set))))).toEqual(set);
  });
});

describe('param readers', () => {
  it.each(['0', '-1', '1.5', '1e3', 'abc', ' 1', '1234567890', '', undefined])('idParam leaves out %j', (v) =>
    expect(idParam(v)).toBeUndefined(),
  );

  it('idParam reads positive whole numbers', () => expect(idParam('42')).toBe(42));

  it('textParam trims, cuts and drops empty text', () => {
    expect(textParam(3)(' abcdef ')).toBe('abc');
    expect(textParam(3)('   ')).toBeUndefined();
  });

  it('booleanParam knows only true and false', () => {
    expect([booleanParam('true'), booleanParam('false'), booleanParam('yes')]).toEqual([true, false, undefined]);
  });

  it('languageParam takes two or three letters in any case', () => {
    expect([languageParam(' AR '), languageParam('tur'), languageParam('e'), languageParam('de-DE')]).toEqual([
      'ar',
      'tur',
      undefined,
      undefined,
    ]);
  });

  it('intInRange keeps its bounds', () => {
    const year = intInRange(1900, 2999);
    expect([year('1899'), year('1900'), year('2999'), year('3000'), year('20l4')]).toEqual([
      undefined,
      1900,
      2999,
      undefined,
      undefined,
    ]);
  });
});
