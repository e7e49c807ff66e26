'use client';

import { useQuery } from '@tanstack/react-query';
import { apiClient, type SurveyResultsFilters } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The results of a survey with the filters of the address. */
export function useSurveyResults(surveyId: number, filters: SurveyResultsFilters) {
  return useQuery({
    queryKey: queryKeys.surveyResults.detail(surveyId, filters),
    queryFn: () => apiClient.surveyResults.get(surveyId, filters),
  });
}
