import { ORGANISATION_TYPES } from '@wir/shared';
import type { SurveyResultsFilters } from '@/lib/api-client';
import { idParam, oneOf, urlFilters } from '@/modules/ui/url-filters.util';
import type { SearchParams } from '@/modules/ui/url-state.util';

export type { SearchParams };

const surveyResultsFilters = urlFilters({
  municipalityId: idParam,
  organisationType: oneOf(ORGANISATION_TYPES),
  // A longer tag is no tag of the survey's invitees: left out rather than cut.
  tag: (value) => {
    const tag = value?.trim();
    return tag && tag.length <= 50 ? tag : undefined;
  },
  version: idParam,
});

/** The results' filters from the address (`/umfragen/3/ergebnisse?municipalityId=1&tag=Kommune`); what is not a valid filter is left out. */
export function surveyResultsFiltersFrom(params: SearchParams): SurveyResultsFilters {
  return surveyResultsFilters.from(params);
}

/** The address of a survey's results with these filters. */
export function surveyResultsHref(surveyId: number, filters: SurveyResultsFilters): string {
  return `/umfragen/${surveyId}/ergebnisse${surveyResultsFilters.query(filters)}`;
}
