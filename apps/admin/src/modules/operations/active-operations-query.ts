import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * The user's queued and running operations, newest first: the navigation's count and the start points read it
 * (the admin layout puts it into the first HTML, so neither asks for it on a page load). A module of its own:
 * the navigation is on every page and takes nothing else of the operations with it.
 */
export const activeOperationsQuery = {
  queryKey: queryKeys.operations.list('active'),
  queryFn: () => apiClient.operations.list(true),
  staleTime: 30_000,
  retry: false,
};
