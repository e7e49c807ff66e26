'use client';

import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useMunicipalities() {
  return useQuery({
    queryKey: queryKeys.municipalities.list(),
    queryFn: apiClient.municipalities.list,
    select: (r) => r.items,
  });
}

export function useOrganisations() {
  return useQuery({
    queryKey: queryKeys.organisations.list(),
    queryFn: apiClient.organisations.list,
    select: (r) => r.items,
  });
}

export function useActionFields() {
  return useQuery({
    queryKey: queryKeys.actionFields.list(),
    queryFn: apiClient.actionFields.list,
    select: (r) => r.items,
  });
}
