import { urlFilters, type FiltersOf } from '@/modules/ui/url-filters.util';
import type { SearchParams } from '@/modules/ui/url-state.util';
import { OFFER_SEARCH_READERS } from './offer-filters.util';

export type { SearchParams };

export type PublicOfferFilters = FiltersOf<typeof OFFER_SEARCH_READERS>;

const publicOfferFilters = urlFilters(OFFER_SEARCH_READERS);

/** The directory's filters from the address (`/angebote?municipalityId=2&lang=ar`); what is not a valid filter is left out. */
export function publicOfferFiltersFrom(params: SearchParams): PublicOfferFilters {
  return publicOfferFilters.from(params);
}

/** The API query of the directory. */
export function publicOfferQuery(filters: PublicOfferFilters, lang: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) params.set(key, String(value));
  params.set('lang', lang);
  return params.toString();
}
