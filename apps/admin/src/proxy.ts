import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@wir/shared';
import { LOCALE_HEADER, LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { documentPolicyFor } from '@/lib/document-policy.util';
import { isPublicPath } from '@/lib/public-paths.util';
import { securityHeaders } from '@/lib/security-headers.util';

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

/** The path of the page the router's request comes from (its Referer), if it says. */
function refererPath(request: NextRequest): string | null {
  try {
    return new URL(request.headers.get('referer') ?? '').pathname;
  } catch {
    return null;
  }
}

/**
 * A client-side navigation keeps the document, and with it the Referrer-Policy and
 * Permissions-Policy of the page it started on. Where the target's policy differs (into or out of
 * /einlass with its camera, the manage page), the router's fetch of the page gets an answer that is
 * not an RSC payload, on which Next's router loads the target as a new document with its own headers.
 * (Next hides its RSC headers from the proxy; the browser's Sec-Fetch-Dest tells a fetch from a page load.)
 */
function needsDocumentLoad(request: NextRequest): boolean {
  if (request.headers.get('sec-fetch-dest') !== 'empty') return false;
  const target = documentPolicyFor(request.nextUrl.pathname);
  const from = refererPath(request);
  if (from === null) return target.camera || target.referrer === 'no-referrer';
  const current = documentPolicyFor(from);
  return current.camera !== target.camera || current.referrer !== target.referrer;
}

/**
 * Next 16 "proxy" (formerly middleware), on every page request:
 * - security headers with a fresh CSP nonce; Next reads the nonce from the request's
 *   Content-Security-Policy header and puts it on its scripts (pages render dynamically);
 * - an optimistic auth check: without a session cookie a protected page redirects to
 *   /login?next=…. The API still decides on every request; a stale cookie is caught client-side
 *   when /api/auth/me answers 401.
 *
 * Public pages take their language from `?lang=`; it travels to src/i18n/request.ts as a request
 * header so the root layout and the page agree on `<html lang dir>`.
 */
export function proxy(request: NextRequest) {
  if (needsDocumentLoad(request))
    return new NextResponse(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });

  const { pathname, search, searchParams } = request.nextUrl;
  const headers = securityHeaders({
    pathname,
    nonce: newNonce(),
    // apps/admin/server.mjs has set it from the connection or a trusted proxy.
    https: request.headers.get('x-forwarded-proto') === 'https',
    dev: process.env.NODE_ENV === 'development',
  });
  const forwarded = new Headers(request.headers);
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']);

  let response: NextResponse;
  if (isPublicPath(pathname)) {
    forwarded.delete(LOCALE_HEADER); // only the proxy sets it
    const lang = searchParams.get(LOCALE_PARAM);
    if (isLocale(lang)) forwarded.set(LOCALE_HEADER, lang);
    response = NextResponse.next({ request: { headers: forwarded } });
  } else if (request.cookies.has(SESSION_COOKIE)) {
    response = NextResponse.next({ request: { headers: forwarded } });
  } else {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', pathname + search);
    response = NextResponse.redirect(login);
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
