'use client';

import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The logged-in user; a 401 sends the browser to /login (see providers.tsx). */
export function useCurrentUser() {
  return useQuery({
    queryKey: queryKeys.auth.me(),
    queryFn: apiClient.auth.me,
    select: (session) => session.user,
    staleTime: 5 * 60_000,
  });
}

export { hasAnyRole } from './roles.util';
