'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitations, CreateSurvey, UpdateSurvey } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useSurveys(enabled = true) {
  return useQuery({ queryKey: queryKeys.surveys.list(), queryFn: () => apiClient.surveys.list(), enabled });
}

export function useSurvey(id: number, enabled = true) {
  return useQuery({ queryKey: queryKeys.surveys.detail(id), queryFn: () => apiClient.surveys.get(id), enabled });
}

export function useSurveyInvitations(id: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.surveys.invitations(id),
    queryFn: () => apiClient.surveys.invitations(id),
    enabled,
  });
}

/** Every survey write makes the survey (and its invitations, which sit under it) and the list stale. */
function useSurveyMutation<V, R>(id: number | null, fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: id === null ? queryKeys.surveys.all : queryKeys.surveys.detail(id) });
      await client.invalidateQueries({ queryKey: queryKeys.surveys.list() });
    },
  });
}

export const useCreateSurvey = () => useSurveyMutation(null, (body: CreateSurvey) => apiClient.surveys.create(body));
export const useUpdateSurvey = (id: number) =>
  useSurveyMutation(id, (body: UpdateSurvey) => apiClient.surveys.update(id, body));
export const useOpenSurvey = (id: number) => useSurveyMutation(id, () => apiClient.surveys.open(id));
export const useCloseSurvey = (id: number) => useSurveyMutation(id, () => apiClient.surveys.close(id));
export const usePublicLink = (id: number) => useSurveyMutation(id, () => apiClient.surveys.publicLink(id));
export const useInvite = (id: number) =>
  useSurveyMutation(id, (body: CreateInvitations) => apiClient.surveys.invite(id, body));
export const useRemind = (id: number) => useSurveyMutation(id, () => apiClient.surveys.remind(id));
export const useRevoke = (id: number) =>
  useSurveyMutation(id, (invitationId: number) => apiClient.surveys.revoke(id, invitationId));
export const useResend = (id: number) =>
  useSurveyMutation(id, (invitationId: number) => apiClient.surveys.resend(id, invitationId));

export function useContactSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.surveys.all, 'contacts', q] as const,
    queryFn: () => apiClient.surveys.contacts(q),
    enabled,
  });
}
