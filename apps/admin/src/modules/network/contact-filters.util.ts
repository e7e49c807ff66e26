import { CONTACT_LEGAL_BASES, CONTACT_SORTS } from '@wir/shared';
import type { ContactFilters } from '@/lib/api-client';
import { booleanParam, idParam, oneOf, textParam, urlFilters } from '@/modules/ui/url-filters.util';
import type { SearchParams } from '@/modules/ui/url-state.util';

export type { SearchParams };

export const CONTACT_PAGE_SIZE = 50;

const contactFilters = urlFilters({
  q: textParam(100),
  organisationId: idParam,
  municipalityId: idParam,
  tag: textParam(60),
  legalBasis: oneOf(CONTACT_LEGAL_BASES),
  reviewDue: booleanParam,
  sort: oneOf(CONTACT_SORTS),
  page: idParam,
});

/** The list's filters from the address (`/netzwerk?municipalityId=2&reviewDue=true`); what is not a valid filter is left out. */
export function contactFiltersFrom(params: SearchParams): ContactFilters {
  const filters = contactFilters.from(params);
  return { ...filters, page: filters.page ?? 1, pageSize: CONTACT_PAGE_SIZE };
}

/** The address of the list with these filters (page 1 and the page size are left out). */
export function contactListHref(filters: Partial<ContactFilters>): string {
  return `/netzwerk${contactFilters.query({ ...filters, page: filters.page === 1 ? undefined : filters.page })}`;
}
