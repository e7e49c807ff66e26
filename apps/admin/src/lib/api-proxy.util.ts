import type { NextRequest } from 'next/server';
import { loggablePath } from '@wir/shared';

/** Hop-by-hop headers (RFC 9110 §7.6.1) plus those fetch sets itself. */
const DROP_REQUEST_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'expect',
]);

const DROP_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'trailer',
  'upgrade',
  'set-cookie', // re-added one by one below
]);

function apiBaseUrl(): string {
  return process.env.API_URL || 'http://127.0.0.1:3000';
}

function forwardedRequestHeaders(request: NextRequest): Headers {
  const headers = new Headers();
  request.headers.forEach((value, key) => {
    if (!DROP_REQUEST_HEADERS.has(key)) headers.set(key, value);
  });
  const host = request.headers.get('host') ?? request.nextUrl.host;
  const proto = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(/:$/, '');
  // The admin's server (apps/admin/server.mjs) has replaced what the client sent in X-Forwarded-*
  // with the client address, scheme and host it vouches for (ADMIN_TRUST_PROXY); the API trusts the admin.
  const forwardedFor = request.headers.get('x-forwarded-for');
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
  headers.set('x-forwarded-proto', proto);
  headers.set('x-forwarded-host', request.headers.get('x-forwarded-host') ?? host);
  return headers;
}

/** "fetch failed: ECONNREFUSED": the reason, without the request (its URL may hold a token). */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = (error as Error & { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? `${error.message}: ${cause.code}` : error.message;
}

function responseHeaders(upstream: Response): Headers {
  const headers = new Headers();
  // fetch has already decoded a compressed body, so its encoding and length no longer hold.
  const decoded = upstream.headers.has('content-encoding');
  upstream.headers.forEach((value, key) => {
    if (DROP_RESPONSE_HEADERS.has(key)) return;
    if (decoded && (key === 'content-encoding' || key === 'content-length')) return;
    headers.set(key, value);
  });
  for (const cookie of upstream.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return headers;
}

/**
 * Forwards a request on the admin origin (/api/...) to the API: method, query, headers
 * (cookies, CSRF token, Idempotency-Key) and the body as a stream; streams the answer back.
 */
export async function forwardToApi(request: NextRequest): Promise<Response> {
  const target = new URL(request.nextUrl.pathname + request.nextUrl.search, apiBaseUrl());
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;

  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers: forwardedRequestHeaders(request),
      body: hasBody ? request.body : undefined,
      redirect: 'manual',
      cache: 'no-store',
      signal: request.signal,
      // Node's fetch needs this to send a streamed request body.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    // Never the manage token of a /api/public/registrations/<token> path, nor the query string.
    console.error(`API proxy: ${request.method} ${loggablePath(target.pathname)} failed`, describeFetchError(error));
    return Response.json(
      { type: 'about:blank', title: 'Bad Gateway', status: 502, detail: 'The API is not reachable.' },
      { status: 502, headers: { 'content-type': 'application/problem+json' } },
    );
  }

  const noBody = request.method === 'HEAD' || [204, 205, 304].includes(upstream.status);
  return new Response(noBody ? null : upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders(upstream),
  });
}
