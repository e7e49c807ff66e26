'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateOffer, OfferToMeasure, UpdateOffer } from '@wir/shared';
import { apiClient, type OfferFilters } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useOffers(filters: OfferFilters, enabled = true) {
  return useQuery({ queryKey: queryKeys.offers.list(filters), queryFn: () => apiClient.offers.page(filters), enabled });
}

export function useOffer(id: number, enabled = true) {
  return useQuery({ queryKey: queryKeys.offers.detail(id), queryFn: () => apiClient.offers.get(id), enabled });
}

/** Every write changes the list and the detail: both are invalidated through the offers key. */
function useOfferMutation<T>(fn: (input: T) => ReturnType<typeof apiClient.offers.get>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.offers.all }),
  });
}

export const useCreateOffer = () => useOfferMutation((body: CreateOffer) => apiClient.offers.create(body));
export const useUpdateOffer = (id: number) =>
  useOfferMutation((body: UpdateOffer) => apiClient.offers.update(id, body));
export const useMergeOffer = (id: number) => useOfferMutation((intoId: number) => apiClient.offers.merge(id, intoId));
export const usePublishOffer = (id: number) =>
  useOfferMutation((publish: boolean) => (publish ? apiClient.offers.publish(id) : apiClient.offers.unpublish(id)));
export function useOfferToMeasure(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OfferToMeasure) => apiClient.offers.toMeasure(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.offers.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.measures.all }),
      ]),
  });
}
