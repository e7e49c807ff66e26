import { OFFER_TARGET_GROUPS, type OfferTargetGroup } from '@wir/shared';
import {
  firstParam,
  oneOfParam,
  positiveIntParam,
  type SearchParams,
  setFiltersOnly,
} from '@/modules/ui/url-state.util';

export type { SearchParams };

export type PublicOfferFilters = {
  municipalityId?: number;
  actionFieldId?: number;
  targetGroup?: OfferTargetGroup;
  language?: string;
  q?: string;
};

const positiveId = (value: string | string[] | undefined) => positiveIntParam(firstParam(value));

/** The directory's filters from the address (`/angebote?municipalityId=2&lang=ar`); what is not a valid filter is left out. */
export function publicOfferFiltersFrom(params: SearchParams): PublicOfferFilters {
  const language = firstParam(params.language)?.trim().toLowerCase();
  const q = firstParam(params.q)?.trim().slice(0, 100);
  const filters: PublicOfferFilters = {
    municipalityId: positiveId(params.municipalityId),
    actionFieldId: positiveId(params.actionFieldId),
    targetGroup: oneOfParam(firstParam(params.targetGroup), OFFER_TARGET_GROUPS),
    language: language && /^[a-z]{2,3}$/.test(language) ? language : undefined,
    q: q || undefined,
  };
  return setFiltersOnly(filters);
}

/** The API query of the directory. */
export function publicOfferQuery(filters: PublicOfferFilters, lang: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) params.set(key, String(value));
  params.set('lang', lang);
  return params.toString();
}
