import { CONTACT_LEGAL_BASES, CONTACT_SORTS, type ContactLegalBasis, type ContactSort } from '@wir/shared';
import type { ContactFilters } from '@/lib/api-client';

/** Search parameters as a page receives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

export const CONTACT_PAGE_SIZE = 50;
/** The order the filters appear in the address, so one set of filters has one address. */
const KEYS = ['q', 'organisationId', 'municipalityId', 'tag', 'legalBasis', 'reviewDue', 'sort', 'page'] as const;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
function positiveId(value: string | string[] | undefined): number | undefined {
  const text = first(value);
  return text && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined;
}

/** The list's filters from the address (`/netzwerk?municipalityId=2&reviewDue=true`); what is not a valid filter is left out. */
export function contactFiltersFrom(params: SearchParams): ContactFilters {
  const legalBasis = first(params.legalBasis);
  const sort = first(params.sort);
  const reviewDue = first(params.reviewDue);
  const filters: ContactFilters = {
    q: first(params.q)?.trim().slice(0, 100) || undefined,
    organisationId: positiveId(params.organisationId),
    municipalityId: positiveId(params.municipalityId),
    tag: first(params.tag)?.trim().slice(0, 60) || undefined,
    legalBasis: (CONTACT_LEGAL_BASES as readonly string[]).includes(legalBasis ?? '') ? (legalBasis as ContactLegalBasis) : undefined,
    reviewDue: reviewDue === 'true' ? true : reviewDue === 'false' ? false : undefined,
    sort: (CONTACT_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ContactSort) : undefined,
    page: positiveId(params.page) ?? 1,
    pageSize: CONTACT_PAGE_SIZE,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as ContactFilters;
}

/** The address of the list with these filters (page 1 and the page size are left out). */
export function contactListHref(filters: Partial<ContactFilters>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value === undefined || value === null || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/netzwerk?${qs}` : '/netzwerk';
}
