'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

export function useCreateWorkshop(eventId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkshop) => apiClient.events.createWorkshop(eventId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(eventId) }),
  });
}

export function useUpdateWorkshop(eventId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UpdateWorkshop }) => apiClient.workshops.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(eventId) }),
  });
}
