import { surveyResultsFiltersFrom, surveyResultsHref } from './survey-results-filters.util';

describe('surveyResultsFiltersFrom', () => {
  it('reads every valid filter from the address', () => {
    expect(
      surveyResultsFiltersFrom({
        municipalityId: '4',
        organisationType: 'association',
        tag: ' Erhebung 2014 ',
        version: '2',
      }),
    ).toEqual({
      municipalityId: 4,
      organisationType: 'association',
      tag: 'Erhebung 2014',
      version: 2,
    });
  });

  it('leaves out what is not a filter, so the same filters give the same query key', () => {
    expect(
      surveyResultsFiltersFrom({
        municipalityId: '0',
        organisationType: 'club',
        tag: '',
        version: '1.5',
        colour: 'red',
      }),
    ).toEqual({});
    expect(surveyResultsFiltersFrom({ tag: 'x'.repeat(51), municipalityId: ['3', '5'] })).toEqual({
      municipalityId: 3,
    });
  });
});

describe('surveyResultsHref', () => {
  it('writes the filters in one order, and none without filters', () => {
    expect(surveyResultsHref(7, { version: 1, tag: 'Erhebung 2014', municipalityId: 2 })).toBe(
      '/umfragen/7/ergebnisse?municipalityId=2&tag=Erhebung+2014&version=1',
    );
    expect(surveyResultsHref(7, {})).toBe('/umfragen/7/ergebnisse');
  });

  it('round-trips through the address', () => {
    const filters = { municipalityId: 2, organisationType: 'school' as const, tag: 'Schule & Kita', version: 3 };
    const query = Object.fromEntries(new URL(`http://x${surveyResultsHref(1, filters)}`).searchParams);
    expect(surveyResultsFiltersFrom(query)).toEqual(filters);
  });
});
