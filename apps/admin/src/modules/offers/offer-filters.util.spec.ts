import { offerFiltersFrom, offerListHref } from './offer-filters.util';
import { publicOfferFiltersFrom, publicOfferQuery } from './public-offer-filters.util';

describe('offer filters in the address', () => {
  it('reads the inventory filters, drops invalid ones, and writes one address per filter set', () => {
    const filters = offerFiltersFrom({
      reviewStatus: 'new',
      targetGroup: 'aliens',
      language: 'AR',
      q: ' café ',
      page: 'x',
    });
    expect(filters).toEqual({ reviewStatus: 'new', language: 'ar', q: 'café', page: 1, pageSize: 50 });
    expect(offerListHref(filters)).toBe('/angebotsinventar?reviewStatus=new&q=caf%C3%A9&language=ar');
  });

  it('reads the directory filters and asks the API in the page language', () => {
    const filters = publicOfferFiltersFrom({
      municipalityId: '7',
      targetGroup: 'women',
      actionFieldId: '-1',
      lang: 'ar',
    });
    expect(filters).toEqual({ municipalityId: 7, targetGroup: 'women' });
    expect(publicOfferQuery(filters, 'ar')).toBe('municipalityId=7&targetGroup=women&lang=ar');
  });
});
