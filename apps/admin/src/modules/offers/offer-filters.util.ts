import { OFFER_REVIEW_STATUSES, OFFER_TARGET_GROUPS } from '@wir/shared';
import type { OfferFilters } from '@/lib/api-client';
import { idParam, languageParam, oneOf, textParam, urlFilters } from '@/modules/ui/url-filters.util';
import type { SearchParams } from '@/modules/ui/url-state.util';

export const OFFER_PAGE_SIZE = 50;

/** The search of offers, in the inventory and in the public directory alike. */
export const OFFER_SEARCH_READERS = {
  q: textParam(100),
  municipalityId: idParam,
  actionFieldId: idParam,
  targetGroup: oneOf(OFFER_TARGET_GROUPS),
  language: languageParam,
};

const offerFilters = urlFilters({ reviewStatus: oneOf(OFFER_REVIEW_STATUSES), ...OFFER_SEARCH_READERS, page: idParam });

/** The inventory's filters from the address (`/angebotsinventar?reviewStatus=new`); what is not a valid filter is left out. */
export function offerFiltersFrom(params: SearchParams): OfferFilters {
  const filters = offerFilters.from(params);
  return { ...filters, page: filters.page ?? 1, pageSize: OFFER_PAGE_SIZE };
}

/** The address of the inventory with these filters (page 1 and the page size are left out). */
export function offerListHref(filters: Partial<OfferFilters>): string {
  return `/angebotsinventar${offerFilters.query({ ...filters, page: filters.page === 1 ? undefined : filters.page })}`;
}
