'use client';

import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const statsQuery = (eventId: number) => ({
  queryKey: queryKeys.events.stats(eventId),
  queryFn: () => apiClient.events.stats(eventId),
});

/** The event's figures, suspending until they are there (inside <Suspense>). */
export function useEventStatsSuspense(eventId: number) {
  return useSuspenseQuery(statsQuery(eventId));
}

/** The same figures without suspending, for parts that can wait (e.g. which downloads make sense). */
export function useEventStats(eventId: number) {
  return useQuery(statsQuery(eventId));
}
