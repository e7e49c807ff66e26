import { OFFER_REVIEW_STATUSES, OFFER_TARGET_GROUPS, type OfferReviewStatus, type OfferTargetGroup } from '@wir/shared';
import type { OfferFilters } from '@/lib/api-client';
import type { SearchParams } from './public-offer-filters.util';

export const OFFER_PAGE_SIZE = 50;
const KEYS = ['reviewStatus', 'q', 'municipalityId', 'actionFieldId', 'targetGroup', 'language', 'page'] as const;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
function positiveId(value: string | string[] | undefined): number | undefined {
  const text = first(value);
  return text && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined;
}

/** The inventory's filters from the address (`/angebotsinventar?reviewStatus=new`); what is not a valid filter is left out. */
export function offerFiltersFrom(params: SearchParams): OfferFilters {
  const reviewStatus = first(params.reviewStatus);
  const targetGroup = first(params.targetGroup);
  const language = first(params.language)?.trim().toLowerCase();
  const filters: OfferFilters = {
    reviewStatus: (OFFER_REVIEW_STATUSES as readonly string[]).includes(reviewStatus ?? '') ? (reviewStatus as OfferReviewStatus) : undefined,
    q: first(params.q)?.trim().slice(0, 100) || undefined,
    municipalityId: positiveId(params.municipalityId),
    actionFieldId: positiveId(params.actionFieldId),
    targetGroup: (OFFER_TARGET_GROUPS as readonly string[]).includes(targetGroup ?? '') ? (targetGroup as OfferTargetGroup) : undefined,
    language: language && /^[a-z]{2,3}$/.test(language) ? language : undefined,
    page: positiveId(params.page) ?? 1,
    pageSize: OFFER_PAGE_SIZE,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as OfferFilters;
}

export function offerListHref(filters: Partial<OfferFilters>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value === undefined || value === null || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/angebotsinventar?${qs}` : '/angebotsinventar';
}
