import type { z } from 'zod';
import { CSRF_HEADER } from '@wir/shared';
import { ApiError, problemOf } from './api-error';
import { readCsrfToken } from './csrf-token.util';

// The fetch behind every API call of the browser (lib/api-client.ts, lib/public-api-client.ts). It does not parse
// the answers with zod: the API serialises every response through its shared schema (nestjs-zod's
// ZodSerializerInterceptor with @ZodResponse) and its tests check the responses against the same schemas and the
// OpenAPI document, so the browser trusts the typed answer and carries neither zod nor the schemas. The schema
// stays a type (`request<typeof fooSchema>`). Server code that reads the API directly (lib/server-api.ts) parses.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  headers?: Record<string, string>;
}

/** The answer of a call typed by its shared response schema `S` (the schema's output, as the API sends it); none without. */
export type Result<S extends z.ZodType | undefined> = S extends z.ZodType ? z.output<S> : void;

/** Base path of the API on the admin's own origin (proxied by app/api/[...path]). */
export const API_BASE = '/api';

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function retryAfterOf(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let problem = null;
  try {
    problem = problemOf(JSON.parse(text));
  } catch {
    // not JSON: a synthetic problem below
  }
  return new ApiError(
    problem ?? { type: 'about:blank', title: response.statusText || 'Error', status: response.status },
    retryAfterOf(response),
  );
}

/**
 * One call of the API. `S` names the shared schema of the answer (`request<typeof grantViewSchema>(…)`); a call
 * without one answers nothing (a 204, a 202 without body). An error answer becomes an ApiError with its problem.
 */
export async function request<S extends z.ZodType | undefined = undefined>(
  method: Method,
  path: string,
  { body, query, headers: extraHeaders }: RequestOptions = {},
): Promise<Result<S>> {
  const headers = new Headers({ Accept: 'application/json', ...extraHeaders });
  // A file goes as it is (its own type); everything else as JSON.
  const isFile = typeof Blob !== 'undefined' && body instanceof Blob;
  if (isFile) headers.set('Content-Type', body.type);
  else if (body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET') {
    const token = readCsrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: isFile ? body : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }

  if (!response.ok) throw await toApiError(response);
  const text = response.status === 204 ? '' : await response.text();
  if (!text) return undefined as Result<S>;
  try {
    return JSON.parse(text) as Result<S>;
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected response',
      status: response.status,
      detail: `${method} ${path}: the answer is not JSON`,
    });
  }
}

/**
 * GET of a file as a raw response (for reading it with progress); a problem answer becomes an
 * ApiError like everywhere else.
 */
export async function fetchFile(path: string, signal?: AbortSignal, query?: Query): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { credentials: 'same-origin', cache: 'no-store', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}
