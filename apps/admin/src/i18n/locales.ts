/**
 * Locales the app knows. Adding a language = adding `messages/<locale>.json` and its code here;
 * right-to-left scripts go into RTL_LOCALES as well. A catalog may be partial: missing texts fall
 * back to English, then German (see request.ts).
 */
export const LOCALES = ['de', 'en', 'tr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages the staff screens are fully translated into; the admin's language switch offers these. */
export const ADMIN_LOCALES: readonly Locale[] = ['de', 'en'];

export const DEFAULT_LOCALE: Locale = 'de';

/** Cookie that holds the chosen UI language (no locale in the URL). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/**
 * Query parameter of the public pages (`/anmeldung/...?lang=ar`): the participant's language for
 * this page only, without touching the staff's cookie. src/proxy.ts hands it on in LOCALE_HEADER.
 */
export const LOCALE_PARAM = 'lang';
export const LOCALE_HEADER = 'x-wir-locale';

const RTL_LOCALES: readonly string[] = ['ar', 'fa', 'he', 'ur'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function resolveLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
