'use client';

import { useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isOperationActive, type CreateInvitations, type Operation, type StartParticipantsExport } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { operationPollInterval, operationsPollInterval } from './operation-display.util';

/** What an operation changed once it is done: the lists that show its results go stale. */
function invalidateResultsOf(client: QueryClient, operation: Operation) {
  const stale: QueryKey[] = [queryKeys.operations.all];
  if (operation.kind === 'contacts_import') stale.push(queryKeys.contacts.all);
  if (operation.kind === 'survey_invitations') stale.push(queryKeys.surveys.all);
  return Promise.all(stale.map((queryKey) => client.invalidateQueries({ queryKey })));
}

/**
 * One operation, polled while it moves (every OPERATION_POLL_MS) and no longer after; `initial` is the start's
 * answer. Without an id (nothing started yet) it asks nothing.
 */
export function useOperation(id: string | undefined, initial?: Operation) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.operations.detail(id ?? ''),
    queryFn: () => apiClient.operations.get(id ?? ''),
    initialData: initial,
    refetchInterval: (q) => operationPollInterval(q.state.data),
    enabled: id !== undefined,
  });
  const status = query.data?.status;
  const wasActive = useRef(status !== undefined && isOperationActive(status));
  useEffect(() => {
    if (!query.data || status === undefined) return;
    if (wasActive.current && !isOperationActive(status)) void invalidateResultsOf(client, query.data);
    wasActive.current = isOperationActive(status);
  }, [client, query.data, status]);
  return query;
}

/** The user's operations, newest first; polled while any of them moves. */
export function useOperations(enabled = true) {
  return useQuery({
    queryKey: queryKeys.operations.list('all'),
    queryFn: () => apiClient.operations.list(),
    select: (r) => r.items,
    refetchInterval: (q) => operationsPollInterval(q.state.data?.items),
    enabled,
  });
}

/** A start route: the 202's operation goes into the cache, so its progress shows without a second request. */
function useStartOperation<V>(start: (variables: V) => Promise<Operation>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: start,
    onSuccess: (operation) => {
      client.setQueryData(queryKeys.operations.detail(operation.id), operation);
      // The lists (and the navigation's count) now miss it; the progress need not wait for them.
      void Promise.all(
        (['all', 'active'] as const).map((scope) =>
          client.invalidateQueries({ queryKey: queryKeys.operations.list(scope) }),
        ),
      );
    },
  });
}

export const useStartParticipantsExport = (eventId: number) =>
  useStartOperation((body: StartParticipantsExport) => apiClient.operations.startParticipantsExport(eventId, body));
export const useStartContactImport = () =>
  useStartOperation((file: File) => apiClient.operations.startContactImport(file));
export const useStartInvitationRun = (surveyId: number) =>
  useStartOperation((body: CreateInvitations) => apiClient.operations.startInvitationRun(surveyId, body));
export const useStartDataExport = () => useStartOperation(() => apiClient.operations.startDataExport());
