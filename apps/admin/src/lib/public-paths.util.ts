/** Roots reachable without a session: login, the API proxy, Next assets, the public registration form, answering a questionnaire (/umfrage, not the staff's /umfragen). */
const PUBLIC_ROOTS = ['/login', '/api', '/_next', '/anmeldung', '/angebote', '/umfrage'];
const STATIC_FILE = /\.[a-z0-9]+$/i;

export function isPublicPath(pathname: string): boolean {
  if (STATIC_FILE.test(pathname)) return true;
  return PUBLIC_ROOTS.some((root) => pathname === root || pathname.startsWith(`${root}/`));
}
