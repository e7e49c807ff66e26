import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@wir/shared';
import { LOCALE_HEADER, LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { isPublicPath } from '@/lib/public-paths.util';

/**
 * Optimistic auth check (Next 16 "proxy", formerly middleware): without a session cookie a
 * protected page redirects to /login?next=…. The API still decides on every request; a stale
 * cookie is caught client-side when /api/auth/me answers 401.
 *
 * Public pages take their language from `?lang=`; it travels to src/i18n/request.ts as a request
 * header so the root layout and the page agree on `<html lang dir>`.
 */
export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (isPublicPath(pathname)) {
    const forwarded = new Headers(request.headers);
    forwarded.delete(LOCALE_HEADER); // only the proxy sets it
    const lang = searchParams.get(LOCALE_PARAM);
    if (isLocale(lang)) forwarded.set(LOCALE_HEADER, lang);
    return NextResponse.next({ request: { headers: forwarded } });
  }
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();

  const login = new URL('/login', request.url);
  login.searchParams.set('next', pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
