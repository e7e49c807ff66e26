import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@wir/shared';
import { isPublicPath } from '@/lib/public-paths.util';

/**
 * Optimistic auth check (Next 16 "proxy", formerly middleware): without a session cookie a
 * protected page redirects to /login?next=…. The API still decides on every request; a stale
 * cookie is caught client-side when /api/auth/me answers 401.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname) || request.cookies.has(SESSION_COOKIE)) return NextResponse.next();

  const login = new URL('/login', request.url);
  login.searchParams.set('next', pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
