import type { z } from 'zod';
import { CSRF_HEADER, problemSchema } from '@wir/shared';
import { ApiError } from './api-error';
import { readCsrfToken } from './csrf-token.util';

// The fetch behind every API call (lib/api-client.ts, lib/public-api-client.ts): a module of its own, so the
// public pages load it and the public endpoints' schemas without the whole staff client.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions<S extends z.ZodType | undefined> {
  body?: unknown;
  query?: Query;
  headers?: Record<string, string>;
  schema: S;
}

export type Result<S> = S extends z.ZodType ? z.output<S> : void;

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
  const retryAfter = retryAfterOf(response);
  try {
    const parsed = problemSchema.safeParse(JSON.parse(text));
    if (parsed.success) return new ApiError(parsed.data, retryAfter);
  } catch {
    // not JSON: fall through to a synthetic problem
  }
  return new ApiError(
    { type: 'about:blank', title: response.statusText || 'Error', status: response.status },
    retryAfter,
  );
}

export async function request<S extends z.ZodType | undefined>(
  method: Method,
  path: string,
  { body, query, headers: extraHeaders, schema }: RequestOptions<S>,
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
  if (!schema || response.status === 204) return undefined as Result<S>;

  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected response',
      status: response.status,
      detail: `${method} ${path}: response does not match the shared schema`,
    });
  }
  return parsed.data as Result<S>;
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
