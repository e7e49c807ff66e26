'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** One look-up per scan or typed code: an action at the door, so a mutation, never cached. */
export function useCheckInLookup() {
  return useMutation({ mutationFn: apiClient.checkIn.lookup });
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
