import { ORGANISATION_TYPES } from '@wir/shared';
import type { SurveyResultsFilters } from '@/lib/api-client';
import {
  filtersHref,
  firstParam,
  oneOfParam,
  positiveIntParam,
  type SearchParams,
  setFiltersOnly,
} from '@/modules/ui/url-state.util';

export type { SearchParams };

/** The order the filters appear in the address, so one set of filters has one address. */
const KEYS = ['municipalityId', 'organisationType', 'tag', 'version'] as const;

const positiveId = (value: string | string[] | undefined) => positiveIntParam(firstParam(value));

/** The results' filters from the address (`/umfragen/3/ergebnisse?municipalityId=1&tag=Kommune`); what is not a valid filter is left out. */
export function surveyResultsFiltersFrom(params: SearchParams): SurveyResultsFilters {
  const tag = firstParam(params.tag)?.trim();
  const filters: SurveyResultsFilters = {
    municipalityId: positiveId(params.municipalityId),
    organisationType: oneOfParam(firstParam(params.organisationType), ORGANISATION_TYPES),
    tag: tag && tag.length <= 50 ? tag : undefined,
    version: positiveId(params.version),
  };
  return setFiltersOnly(filters);
}

/** The address of a survey's results with these filters. */
export function surveyResultsHref(surveyId: number, filters: SurveyResultsFilters): string {
  return filtersHref(`/umfragen/${surveyId}/ergebnisse`, filters, KEYS);
}
