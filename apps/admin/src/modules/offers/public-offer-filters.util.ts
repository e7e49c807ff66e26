import { OFFER_TARGET_GROUPS, type OfferTargetGroup } from '@wir/shared';

/** Search parameters as a page receives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

export type PublicOfferFilters = { municipalityId?: number; actionFieldId?: number; targetGroup?: OfferTargetGroup; language?: string; q?: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
function positiveId(value: string | string[] | undefined): number | undefined {
  const text = first(value);
  return text && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined;
}

/** The directory's filters from the address (`/angebote?municipalityId=2&lang=ar`); what is not a valid filter is left out. */
export function publicOfferFiltersFrom(params: SearchParams): PublicOfferFilters {
  const targetGroup = first(params.targetGroup);
  const language = first(params.language)?.trim().toLowerCase();
  const q = first(params.q)?.trim().slice(0, 100);
  const filters: PublicOfferFilters = {
    municipalityId: positiveId(params.municipalityId),
    actionFieldId: positiveId(params.actionFieldId),
    targetGroup: (OFFER_TARGET_GROUPS as readonly string[]).includes(targetGroup ?? '') ? (targetGroup as OfferTargetGroup) : undefined,
    language: language && /^[a-z]{2,3}$/.test(language) ? language : undefined,
    q: q || undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as PublicOfferFilters;
}

/** The API query of the directory. */
export function publicOfferQuery(filters: PublicOfferFilters, lang: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) params.set(key, String(value));
  params.set('lang', lang);
  return params.toString();
}
