import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { problemSchema } from '@wir/shared';
import { ApiError } from './api-error';

function apiBaseUrl(): string {
  return process.env.API_URL || 'http://127.0.0.1:3000';
}

/**
 * GET against the API from a server component, with the visitor's cookies; the response is
 * parsed with the shared schema. A 401 sends the visitor to the login.
 */
export async function serverGet<S extends z.ZodType>(path: string, schema: S, loginNext = '/'): Promise<z.output<S>> {
  const cookieHeader = (await cookies()).toString();
  const response = await fetch(new URL(`/api${path}`, apiBaseUrl()), {
    headers: { accept: 'application/json', cookie: cookieHeader },
    cache: 'no-store',
  }).catch(() => {
    throw new ApiError({ type: 'about:blank', title: 'Bad Gateway', status: 502, detail: 'The API is not reachable.' });
  });

  if (response.status === 401) redirect(`/login?next=${encodeURIComponent(loginNext)}`);
  if (!response.ok) {
    const problem = problemSchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(problem.success ? problem.data : { type: 'about:blank', title: response.statusText, status: response.status });
  }
  return schema.parse(await response.json());
}
