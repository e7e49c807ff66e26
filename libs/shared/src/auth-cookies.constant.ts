/** Names of the cookies the API sets; the admin reads the CSRF one. A file without zod, so browser code that needs
 * only these names (the public pages' island scripts) does not pull in the auth schemas. */
export const SESSION_COOKIE = 'wir_session';
export const CSRF_COOKIE = 'wir_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
