import type { z } from 'zod';
import {
  CSRF_HEADER,
  actionFieldListSchema,
  actionFieldSchema,
  auditPageSchema,
  checkInCardSchema,
  eventDetailSchema,
  eventListSchema,
  eventSchema,
  eventStatsSchema,
  manageRegistrationSchema,
  publicEventListSchema,
  publicEventSchema,
  registrationCreatedSchema,
  registrationPageSchema,
  registrationSchema,
  workshopSchema,
  municipalityListSchema,
  municipalitySchema,
  organisationListSchema,
  organisationSchema,
  problemSchema,
  sessionResponseSchema,
  userListSchema,
  userSchema,
  type CreateActionField,
  type CreateEvent,
  type CreateRegistration,
  type CreateWorkshop,
  type OrganisationType,
  type RegistrationStatus,
  type UpdateEvent,
  type UpdateOwnRegistration,
  type UpdateWorkshop,
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
  headers?: Record<string, string>;
  schema: S;
}

/** Filters of GET /audit-log (auditQuerySchema coerces strings, so its input type is too loose here). */
export interface AuditLogQuery {
  entity?: string;
  userId?: number;
  limit?: number;
  beforeId?: number;
}

/** Filters and page of GET /events/:id/registrations (registrationQuerySchema coerces strings, so its input type is too loose here). */
export interface RegistrationFilters {
  q?: string;
  status?: RegistrationStatus;
  workshopId?: number;
  municipalityId?: number;
  organisationType?: OrganisationType;
  page: number;
  pageSize: number;
}

type Result<S> = S extends z.ZodType ? z.output<S> : void;

/** The files of GET /events/:id/<file>: participant list, name badges, attendance certificates. */
export type EventDownload = 'participants.csv' | 'participants.xlsx' | 'badges.pdf' | 'certificates.pdf';

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
  return new ApiError({ type: 'about:blank', title: response.statusText || 'Error', status: response.status }, retryAfter);
}

async function request<S extends z.ZodType | undefined>(
  method: Method,
  path: string,
  { body, query, headers: extraHeaders, schema }: RequestOptions<S>,
): Promise<Result<S>> {
  const headers = new Headers({ Accept: 'application/json', ...extraHeaders });
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
  events: {
    list: () => request('GET', '/events', { schema: eventListSchema }),
    get: (id: number) => request('GET', `/events/${id}`, { schema: eventDetailSchema }),
    create: (body: CreateEvent) => request('POST', '/events', { body, schema: eventSchema }),
    update: (id: number, body: UpdateEvent) => request('PATCH', `/events/${id}`, { body, schema: eventSchema }),
    createWorkshop: (eventId: number, body: CreateWorkshop) =>
      request('POST', `/events/${eventId}/workshops`, { body, schema: workshopSchema }),
    stats: (id: number) => request('GET', `/events/${id}/stats`, { schema: eventStatsSchema }),
    /** A plain link (the session cookie goes along); the API answers with an attachment. */
    downloadUrl: (id: number, file: EventDownload, query?: Query) => buildUrl(`/events/${id}/${file}`, query),
  },
  workshops: {
    update: (id: number, body: UpdateWorkshop) => request('PATCH', `/workshops/${id}`, { body, schema: workshopSchema }),
  },
  registrations: {
    page: (eventId: number, query: RegistrationFilters) =>
      request('GET', `/events/${eventId}/registrations`, { query: { ...query }, schema: registrationPageSchema }),
    createByStaff: (eventId: number, body: CreateRegistration) =>
      request('POST', `/events/${eventId}/registrations`, { body, schema: registrationCreatedSchema }),
    get: (id: number) => request('GET', `/registrations/${id}`, { schema: registrationSchema }),
    cancel: (id: number) => request('POST', `/registrations/${id}/cancel`, { schema: registrationSchema }),
    moveWorkshops: (id: number, workshopIds: number[]) =>
      request('PATCH', `/registrations/${id}/workshops`, { body: { workshopIds }, schema: registrationSchema }),
    promote: (id: number) => request('POST', `/registrations/${id}/promote`, { schema: registrationSchema }),
    /** DSGVO erasure on request: cancels and blanks the personal data (admin only). */
    erase: (id: number) => request('POST', `/registrations/${id}/erase`, { schema: registrationSchema }),
  },
  /** The door: find a person by the code of their QR code, then mark them present. */
  checkIn: {
    lookup: (code: string) => request('GET', '/check-in', { query: { code }, schema: checkInCardSchema }),
    mark: (registrationId: number) => request('POST', `/registrations/${registrationId}/check-in`, { schema: checkInCardSchema }),
  },
  /** Endpoints without login: the registration form and the manage link. */
  public: {
    events: () => request('GET', '/public/events', { schema: publicEventListSchema }),
    event: (slug: string) => request('GET', `/public/events/${encodeURIComponent(slug)}`, { schema: publicEventSchema }),
    register: (slug: string, body: CreateRegistration, idempotencyKey: string) =>
      request('POST', `/public/events/${encodeURIComponent(slug)}/registrations`, {
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        schema: registrationCreatedSchema,
      }),
    resendLink: (slug: string, email: string) =>
      request('POST', `/public/events/${encodeURIComponent(slug)}/resend-link`, { body: { email }, schema: undefined }),
    registration: (token: string) =>
      request('GET', `/public/registrations/${encodeURIComponent(token)}`, { schema: manageRegistrationSchema }),
    changeWorkshops: (token: string, body: UpdateOwnRegistration) =>
      request('PATCH', `/public/registrations/${encodeURIComponent(token)}`, { body, schema: manageRegistrationSchema }),
    cancel: (token: string) =>
      request('POST', `/public/registrations/${encodeURIComponent(token)}/cancel`, { schema: manageRegistrationSchema }),
    /** A plain link (download of a JSON file), not a fetch. */
    exportUrl: (token: string) => `${API_BASE}/public/registrations/${encodeURIComponent(token)}/export`,
  },
};

export type ApiClient = typeof apiClient;
