/** Sends the browser to /login, remembering where it was (the API answered 401). */
export function redirectToLogin(): void {
  if (typeof window === 'undefined') return;
  const { pathname, search } = window.location;
  if (pathname === '/login') return;
  const next = encodeURIComponent(pathname + search);
  window.location.assign(`/login?next=${next}`);
}

// Any origin would do; it only tells the URL parser's verdict "same site" from "elsewhere".
const ADMIN_ORIGIN = 'http://admin.invalid';

/**
 * The target after login, only ever a path of the admin itself (no open redirect). The browser's
 * own URL parser decides, as it will when navigating: it drops tabs and newlines (`/%09/evil.example`)
 * and reads `\` as `/`, so `//evil.example`, `/\evil.example` and `https://evil.example` lead elsewhere
 * and give `/`. The path returned never starts with `//` either (`/.//evil.example` normalises to it).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, ADMIN_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== ADMIN_ORIGIN) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') || path.startsWith('/\\') ? '/' : path;
}
