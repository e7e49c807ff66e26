/**
 * Path segments that are secrets: the manage token (API `/api/public/registrations/<token>…`, admin
 * page `/anmeldung/verwalten/<token>`). Logs show the path with the token replaced.
 */
const SECRET_SEGMENTS = /(\/public\/registrations\/|\/anmeldung\/verwalten\/)[^/?#]+/g;

/** A request path fit for a log line: no query string, no manage token (`/api/public/registrations/:token/cancel`). */
export function loggablePath(url: string): string {
  return url.split(/[?#]/)[0].replace(SECRET_SEGMENTS, '$1:token');
}
