'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateRegistration } from '@wir/shared';
import { apiClient, type RegistrationFilters } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useRegistrations(eventId: number, filters: RegistrationFilters, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.registrations.list(eventId, filters),
    queryFn: () => apiClient.registrations.page(eventId, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRegistration(id: number | null) {
  return useQuery({
    queryKey: queryKeys.registrations.detail(id ?? 0),
    queryFn: () => apiClient.registrations.get(id!),
    enabled: id !== null,
  });
}

/** After any change to a registration, lists, the detail and the event's counts are stale. */
function useInvalidateAfterChange(eventId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.registrations.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(eventId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.events.list() }),
    ]);
}

export function useCancelRegistration(eventId: number) {
  const invalidate = useInvalidateAfterChange(eventId);
  return useMutation({ mutationFn: apiClient.registrations.cancel, onSuccess: invalidate });
}

export function usePromoteRegistration(eventId: number) {
  const invalidate = useInvalidateAfterChange(eventId);
  return useMutation({ mutationFn: apiClient.registrations.promote, onSuccess: invalidate });
}

/** DSGVO erasure on request (admin): the registration is cancelled and its personal data blanked. */
export function useEraseRegistration(eventId: number) {
  const invalidate = useInvalidateAfterChange(eventId);
  return useMutation({ mutationFn: apiClient.registrations.erase, onSuccess: invalidate });
}

export function useMoveWorkshops(eventId: number) {
  const invalidate = useInvalidateAfterChange(eventId);
  return useMutation({
    mutationFn: ({ id, workshopIds }: { id: number; workshopIds: number[] }) =>
      apiClient.registrations.moveWorkshops(id, workshopIds),
    onSuccess: invalidate,
  });
}

export function useStaffRegistration(eventId: number) {
  const invalidate = useInvalidateAfterChange(eventId);
  return useMutation({
    mutationFn: (body: CreateRegistration) => apiClient.registrations.createByStaff(eventId, body),
    onSuccess: invalidate,
  });
}
