'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** One look-up per scan or typed code: an action at the door, so a mutation, never cached. */
export function useCheckInLookup() {
  return useMutation({ mutationFn: apiClient.checkIn.lookup });
}

/** The workshops of the door's event, for choosing a room (none without an event). */
export function useDoorWorkshops(eventId: number | null) {
  return useQuery({
    queryKey: queryKeys.events.detail(eventId ?? 0),
    queryFn: () => apiClient.events.get(eventId!),
    enabled: eventId !== null,
    select: (event) => event.workshops,
  });
}

/** Marks a person present; the event's figures and the registration are stale afterwards. */
export function useMarkCheckedIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiClient.checkIn.mark,
    onSuccess: (card) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(card.eventId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.registrations.detail(card.registrationId) }),
      ]),
  });
}
