'use client';

import { useQuery } from '@tanstack/react-query';
import { OPERATION_POLL_MS } from '@wir/shared';
import { activeOperationsQuery } from './active-operations-query';

/**
 * How many of the user's operations are queued or running (the navigation's count): asked once per page
 * load and again when a start or an end makes the operations stale; polled only while some run.
 */
export function useActiveOperationCount(enabled: boolean): number {
  const { data } = useQuery({
    ...activeOperationsQuery,
    select: (r) => r.items.length,
    refetchInterval: (q) => ((q.state.data?.items.length ?? 0) > 0 ? OPERATION_POLL_MS * 3 : false),
    enabled,
  });
  return data ?? 0;
}
