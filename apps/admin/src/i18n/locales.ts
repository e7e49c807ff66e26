/**
 * Locales the admin knows. Adding a language = adding `messages/<locale>.json` and its code here;
 * right-to-left scripts go into RTL_LOCALES as well.
 */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'de';

/** Cookie that holds the chosen UI language (no locale in the URL). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

const RTL_LOCALES: readonly string[] = ['ar', 'fa', 'he', 'ur'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function resolveLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
