import { CONTACT_LEGAL_BASES, CONTACT_SORTS } from '@wir/shared';
import type { ContactFilters } from '@/lib/api-client';
import {
  filtersHref,
  firstParam,
  oneOfParam,
  positiveIntParam,
  type SearchParams,
  setFiltersOnly,
} from '@/modules/ui/url-state.util';

export type { SearchParams };

export const CONTACT_PAGE_SIZE = 50;
/** The order the filters appear in the address, so one set of filters has one address. */
const KEYS = ['q', 'organisationId', 'municipalityId', 'tag', 'legalBasis', 'reviewDue', 'sort', 'page'] as const;

const positiveId = (value: string | string[] | undefined) => positiveIntParam(firstParam(value));

/** The list's filters from the address (`/netzwerk?municipalityId=2&reviewDue=true`); what is not a valid filter is left out. */
export function contactFiltersFrom(params: SearchParams): ContactFilters {
  const reviewDue = firstParam(params.reviewDue);
  const filters: ContactFilters = {
    q: firstParam(params.q)?.trim().slice(0, 100) || undefined,
    organisationId: positiveId(params.organisationId),
    municipalityId: positiveId(params.municipalityId),
    tag: firstParam(params.tag)?.trim().slice(0, 60) || undefined,
    legalBasis: oneOfParam(firstParam(params.legalBasis), CONTACT_LEGAL_BASES),
    reviewDue: reviewDue === 'true' ? true : reviewDue === 'false' ? false : undefined,
    sort: oneOfParam(firstParam(params.sort), CONTACT_SORTS),
    page: positiveId(params.page) ?? 1,
    pageSize: CONTACT_PAGE_SIZE,
  };
  return setFiltersOnly(filters);
}

/** The address of the list with these filters (page 1 and the page size are left out). */
export function contactListHref(filters: Partial<ContactFilters>): string {
  return filtersHref('/netzwerk', { ...filters, page: filters.page === 1 ? undefined : filters.page }, KEYS);
}
