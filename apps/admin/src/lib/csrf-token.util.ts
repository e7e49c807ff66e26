import { CSRF_COOKIE } from '@wir/shared';

/** Reads the readable CSRF cookie the API sets at login (double-submit pattern). */
export function readCsrfToken(
  cookieHeader: string = typeof document === 'undefined' ? '' : document.cookie,
): string | null {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}
