import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from '@tanstack/react-query';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { User } from '@wir/shared';
import { isApiError } from './api-error';
import { queryKeys } from './query-keys';
import { serverGet } from './server-api';

/** One GET a client view makes through react-query, read on the server instead: the view's query key and the API path. */
export interface ServerRead {
  queryKey: QueryKey;
  path: string;
  schema: z.ZodType;
  query?: Record<string, string | number | undefined>;
  /** What the view keeps when the API answers 404 (e.g. `null` for "none yet"); without it a 404 is left out. */
  notFound?: { value: unknown };
}

function withQuery(path: string, query: ServerRead['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * Reads on the server, with the visitor's session, what a page's client views would ask for after
 * hydration, and returns it as the query cache's first state for `<HydrationBoundary state={…}>`: the
 * first HTML shows the data, and the browser asks again only once it is stale (as after any fetch).
 * The reads run side by side. A refused or failed read is left out, so its view asks in the browser
 * and shows the answer (a "not allowed" notice, an error) as before; a 401 still sends to the login.
 */
export async function prefetchOnServer(reads: ServerRead[], loginNext: string): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  await Promise.all(
    reads.map(async (read) => {
      try {
        queryClient.setQueryData(
          read.queryKey,
          await serverGet(withQuery(read.path, read.query), read.schema, loginNext),
        );
      } catch (error) {
        unstable_rethrow(error);
        if (!isApiError(error)) throw error;
        if (error.status === 404 && read.notFound) queryClient.setQueryData(read.queryKey, read.notFound.value);
      }
    }),
  );
  return dehydrate(queryClient);
}

/**
 * The session as `useCurrentUser` holds it, so the shell's navigation and role-dependent views render on the server;
 * `alsoRead` adds what the shell itself read with `prefetchOnServer` (the navigation's count of running operations).
 */
export function sessionState(user: User | null, alsoRead?: DehydratedState): DehydratedState {
  const queryClient = new QueryClient();
  if (user) queryClient.setQueryData(queryKeys.auth.me(), { user });
  const session = dehydrate(queryClient);
  return alsoRead ? { ...session, queries: [...session.queries, ...alsoRead.queries] } : session;
}
