import type { z } from 'zod';
import {
  CSRF_HEADER,
  actionFieldListSchema,
  actionFieldSchema,
  auditPageSchema,
  municipalityListSchema,
  municipalitySchema,
  organisationListSchema,
  organisationSchema,
  problemSchema,
  sessionResponseSchema,
  userListSchema,
  userSchema,
  type CreateActionField,
  type CreateMunicipality,
  type CreateOrganisation,
  type CreateUser,
  type Login,
  type UpdateActionField,
  type UpdateMunicipality,
  type UpdateOrganisation,
  type UpdateUser,
} from '@wir/shared';
import { ApiError } from './api-error';
import { readCsrfToken } from './csrf-token.util';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | undefined | null>;

interface RequestOptions<S extends z.ZodType | undefined> {
  body?: unknown;
  query?: Query;
  schema: S;
}

/** Filters of GET /audit-log (auditQuerySchema coerces strings, so its input type is too loose here). */
export interface AuditLogQuery {
  entity?: string;
  userId?: number;
  limit?: number;
  beforeId?: number;
}

type Result<S> = S extends z.ZodType ? z.output<S> : void;

/** Base path of the API on the admin's own origin (proxied by app/api/[...path]). */
const API_BASE = '/api';

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = problemSchema.safeParse(JSON.parse(text));
    if (parsed.success) return new ApiError(parsed.data);
  } catch {
    // not JSON: fall through to a synthetic problem
  }
  return new ApiError({ type: 'about:blank', title: response.statusText || 'Error', status: response.status });
}

async function request<S extends z.ZodType | undefined>(
  method: Method,
  path: string,
  { body, query, schema }: RequestOptions<S>,
): Promise<Result<S>> {
  const headers = new Headers({ Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET') {
    const token = readCsrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
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

/** Typed client for the WIR API; every response is parsed with the schema from @wir/shared. */
export const apiClient = {
  auth: {
    me: () => request('GET', '/auth/me', { schema: sessionResponseSchema }),
    login: (body: Login) => request('POST', '/auth/login', { body, schema: sessionResponseSchema }),
    logout: () => request('POST', '/auth/logout', { schema: undefined }),
  },
  users: {
    list: () => request('GET', '/users', { schema: userListSchema }),
    create: (body: CreateUser) => request('POST', '/users', { body, schema: userSchema }),
    update: (id: number, body: UpdateUser) => request('PATCH', `/users/${id}`, { body, schema: userSchema }),
  },
  municipalities: {
    list: () => request('GET', '/municipalities', { schema: municipalityListSchema }),
    create: (body: CreateMunicipality) => request('POST', '/municipalities', { body, schema: municipalitySchema }),
    update: (id: number, body: UpdateMunicipality) =>
      request('PATCH', `/municipalities/${id}`, { body, schema: municipalitySchema }),
  },
  organisations: {
    list: () => request('GET', '/organisations', { schema: organisationListSchema }),
    create: (body: CreateOrganisation) => request('POST', '/organisations', { body, schema: organisationSchema }),
    update: (id: number, body: UpdateOrganisation) =>
      request('PATCH', `/organisations/${id}`, { body, schema: organisationSchema }),
  },
  actionFields: {
    list: () => request('GET', '/action-fields', { schema: actionFieldListSchema }),
    create: (body: CreateActionField) => request('POST', '/action-fields', { body, schema: actionFieldSchema }),
    update: (id: number, body: UpdateActionField) =>
      request('PATCH', `/action-fields/${id}`, { body, schema: actionFieldSchema }),
  },
  auditLog: {
    page: (query: AuditLogQuery) => request('GET', '/audit-log', { query: { ...query }, schema: auditPageSchema }),
  },
};

export type ApiClient = typeof apiClient;
