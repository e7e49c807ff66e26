import { cookies } from 'next/headers';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { PASSWORD_CHANGE_REQUIRED, problemSchema, sessionResponseSchema, type User } from '@wir/shared';
import { ApiError } from './api-error';
import { PASSWORD_CHANGE_PATH } from './password-change.util';

function apiBaseUrl(): string {
  return process.env.API_URL || 'http://127.0.0.1:3000';
}

/**
 * GET against the API from a server component, with the visitor's cookies; the response is
 * parsed with the shared schema. A 401 sends the visitor to the login, a 403 because the password
 * must be changed first to the change-password page.
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
    if (problem.success && problem.data.code === PASSWORD_CHANGE_REQUIRED) redirect(PASSWORD_CHANGE_PATH);
    throw new ApiError(
      problem.success ? problem.data : { type: 'about:blank', title: response.statusText, status: response.status },
    );
  }
  return schema.parse(await response.json());
}

/**
 * The logged-in user, or null without a (live) session or when the API does not answer. Never redirects.
 * Asked once per request (React's cache): the admin layout and a page that chooses its reads by role share the answer.
 */
export const serverSessionUser = cache(async function serverSessionUser(): Promise<User | null> {
  const cookieHeader = (await cookies()).toString();
  const response = await fetch(new URL('/api/auth/me', apiBaseUrl()), {
    headers: { accept: 'application/json', cookie: cookieHeader },
    cache: 'no-store',
  }).catch(() => null);
  if (!response?.ok) return null;
  const parsed = sessionResponseSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.user : null;
});
