import { contactFiltersFrom, contactListHref } from './contact-filters.util';

describe('contact list filters in the address', () => {
  it('reads valid filters, drops the rest, and writes one address per filter set', () => {
    const filters = contactFiltersFrom({
      q: ' Yılmaz ',
      municipalityId: '3',
      legalBasis: 'friendship',
      reviewDue: 'true',
      sort: '-name',
      page: '2',
      colour: 'red',
    });
    expect(filters).toEqual({ q: 'Yılmaz', municipalityId: 3, reviewDue: true, sort: '-name', page: 2, pageSize: 50 });
    expect(contactListHref(filters)).toBe('/netzwerk?q=Y%C4%B1lmaz&municipalityId=3&reviewDue=true&sort=-name&page=2');
    expect(contactListHref(contactFiltersFrom({ page: '1', organisationId: '0' }))).toBe('/netzwerk');
  });

  it('reads a filter form the same way: empty fields are no filters, the list starts on page 1', () => {
    const draft = { q: '', organisationId: '', municipalityId: '4', tag: ' Kita ', legalBasis: '', reviewDue: 'false' };
    expect(contactFiltersFrom({ ...draft, sort: undefined })).toEqual({
      municipalityId: 4,
      tag: 'Kita',
      reviewDue: false,
      page: 1,
      pageSize: 50,
    });
  });
});
