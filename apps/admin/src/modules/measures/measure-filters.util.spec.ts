import { measureFiltersFrom, measureListHref } from './measure-filters.util';

describe('measureFiltersFrom', () => {
  it('reads every valid filter from the address', () => {
    expect(
      measureFiltersFrom({ actionFieldId: '1', municipalityId: '12', grantId: '3', status: 'running', year: '2014' }),
    ).toEqual({
      actionFieldId: 1,
      municipalityId: 12,
      grantId: 3,
      status: 'running',
      year: 2014,
    });
  });

  it('holds only the filters that are set (one query key per set of filters)', () => {
    const filters = measureFiltersFrom({ year: '2014', other: 'x' });
    expect(Object.keys(filters)).toEqual(['year']);
  });

  it.each(['0', '-1', '1.5', '1e3', 'abc', ' 1', '1234567890', ''])('leaves out the id %j', (id) =>
    expect(measureFiltersFrom({ actionFieldId: id, municipalityId: id, grantId: id })).toEqual({}),
  );

  it.each(['1899', '3000', '14', '20l4'])('leaves out the year %j', (year) =>
    expect(measureFiltersFrom({ year })).toEqual({}),
  );

  it('keeps the bounds of the year range', () => {
    expect(measureFiltersFrom({ year: '1900' })).toEqual({ year: 1900 });
    expect(measureFiltersFrom({ year: '2999' })).toEqual({ year: 2999 });
  });

  it('accepts only the known statuses', () => {
    expect(measureFiltersFrom({ status: 'completed' })).toEqual({ status: 'completed' });
    expect(measureFiltersFrom({ status: 'deleted' })).toEqual({});
    expect(measureFiltersFrom({ status: 'Running' })).toEqual({});
  });

  it('takes the first of a repeated parameter', () => {
    expect(measureFiltersFrom({ actionFieldId: ['4', '5'], status: ['planned', 'running'] })).toEqual({
      actionFieldId: 4,
      status: 'planned',
    });
  });
});

describe('measureListHref', () => {
  it('is the bare list without filters', () => expect(measureListHref({})).toBe('/massnahmen'));

  it('writes the filters in one fixed order, whatever order they come in', () => {
    expect(measureListHref({ year: 2014, status: 'planned', actionFieldId: 1 })).toBe(
      '/massnahmen?actionFieldId=1&status=planned&year=2014',
    );
    expect(measureListHref({ actionFieldId: 1, status: 'planned', year: 2014 })).toBe(
      '/massnahmen?actionFieldId=1&status=planned&year=2014',
    );
  });

  it('reads back to the same filters', () => {
    const filters = { municipalityId: 7, grantId: 2, year: 2015 };
    const query = new URLSearchParams(measureListHref(filters).split('?')[1]);
    expect(measureFiltersFrom(Object.fromEntries(query))).toEqual(filters);
  });
});
