import { OFFER_REVIEW_STATUSES, OFFER_TARGET_GROUPS } from '@wir/shared';
import type { OfferFilters } from '@/lib/api-client';
import {
  filtersHref,
  firstParam,
  oneOfParam,
  positiveIntParam,
  type SearchParams,
  setFiltersOnly,
} from '@/modules/ui/url-state.util';

export const OFFER_PAGE_SIZE = 50;
const KEYS = ['reviewStatus', 'q', 'municipalityId', 'actionFieldId', 'targetGroup', 'language', 'page'] as const;

const positiveId = (value: string | string[] | undefined) => positiveIntParam(firstParam(value));

/** The inventory's filters from the address (`/angebotsinventar?reviewStatus=new`); what is not a valid filter is left out. */
export function offerFiltersFrom(params: SearchParams): OfferFilters {
  const language = firstParam(params.language)?.trim().toLowerCase();
  const filters: OfferFilters = {
    reviewStatus: oneOfParam(firstParam(params.reviewStatus), OFFER_REVIEW_STATUSES),
    q: firstParam(params.q)?.trim().slice(0, 100) || undefined,
    municipalityId: positiveId(params.municipalityId),
    actionFieldId: positiveId(params.actionFieldId),
    targetGroup: oneOfParam(firstParam(params.targetGroup), OFFER_TARGET_GROUPS),
    language: language && /^[a-z]{2,3}$/.test(language) ? language : undefined,
    page: positiveId(params.page) ?? 1,
    pageSize: OFFER_PAGE_SIZE,
  };
  return setFiltersOnly(filters);
}

/** The address of the inventory with these filters (page 1 and the page size are left out). */
export function offerListHref(filters: Partial<OfferFilters>): string {
  return filtersHref('/angebotsinventar', { ...filters, page: filters.page === 1 ? undefined : filters.page }, KEYS);
}
