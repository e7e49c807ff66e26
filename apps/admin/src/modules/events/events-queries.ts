'use client';

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CreateWorkshop, UpdateEvent, UpdateWorkshop } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useEvents() {
  return useQuery({ queryKey: queryKeys.events.list(), queryFn: apiClient.events.list, select: (r) => r.items });
}

export function useEvent(id: number) {
  return useQuery({ queryKey: queryKeys.events.detail(id), queryFn: () => apiClient.events.get(id) });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiClient.events.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.all }),
  });
}

export function useUpdateEvent(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateEvent) => apiClient.events.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.all }),
  });
}

/** A workshop changed: the event's detail and the list of all workshops (the measure form's choices). */
function invalidateWorkshops(queryClient: QueryClient, eventId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(eventId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.events.workshops() }),
  ]);
}

/** The workshops of all events in one read. */
export function useAllWorkshops(enabled = true) {
  return useQuery({
    queryKey: queryKeys.events.workshops(),
    queryFn: apiClient.workshops.list,
    select: (r) => r.items,
    enabled,
  });
}

export function useCreateWorkshop(eventId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkshop) => apiClient.events.createWorkshop(eventId, body),
    onSuccess: () => invalidateWorkshops(queryClient, eventId),
  });
}

export function useUpdateWorkshop(eventId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UpdateWorkshop }) => apiClient.workshops.update(id, changes),
    onSuccess: () => invalidateWorkshops(queryClient, eventId),
  });
}
