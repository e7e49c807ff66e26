import { ORGANISATION_TYPES, type OrganisationType } from '@wir/shared';
import type { SurveyResultsFilters } from '@/lib/api-client';

/** Search parameters as a page receives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The order the filters appear in the address, so one set of filters has one address. */
const KEYS = ['municipalityId', 'organisationType', 'tag', 'version'] as const;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function positiveId(value: string | string[] | undefined): number | undefined {
  const text = first(value);
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id > 0 ? id : undefined;
}

/** The results' filters from the address (`/umfragen/3/ergebnisse?municipalityId=1&tag=Kommune`); what is not a valid filter is left out. */
export function surveyResultsFiltersFrom(params: SearchParams): SurveyResultsFilters {
  const type = first(params.organisationType);
  const tag = first(params.tag)?.trim();
  const filters: SurveyResultsFilters = {
    municipalityId: positiveId(params.municipalityId),
    organisationType: (ORGANISATION_TYPES as readonly string[]).includes(type ?? '') ? (type as OrganisationType) : undefined,
    tag: tag && tag.length <= 50 ? tag : undefined,
    version: positiveId(params.version),
  };
  // Only the filters that are set: the same filters give the same query key.
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as SurveyResultsFilters;
}

/** The address of a survey's results with these filters. */
export function surveyResultsHref(surveyId: number, filters: SurveyResultsFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/umfragen/${surveyId}/ergebnisse${qs ? `?${qs}` : ''}`;
}
