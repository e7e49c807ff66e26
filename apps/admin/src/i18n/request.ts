import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { BERLIN_TIME_ZONE } from '@wir/shared';
import { LOCALE_COOKIE, LOCALE_HEADER, isLocale, resolveLocale, type Locale } from './locales';
import { mergeMessages } from './merge-messages.util';

async function loadCatalog(locale: Locale) {
  return (await import(`../../messages/${locale}.json`)).default;
}

export default getRequestConfig(async () => {
  // A public page's ?lang= (forwarded by src/proxy.ts) wins over the cookie.
  const fromPage = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(fromPage) ? fromPage : resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  // de.json is complete; other catalogs may cover only the public pages and fall back to English, then German.
  const chain: Locale[] = locale === 'de' ? ['de'] : locale === 'en' ? ['de', 'en'] : ['de', 'en', locale];
  const messages = mergeMessages(...(await Promise.all(chain.map(loadCatalog))));
  return { locale, messages, timeZone: BERLIN_TIME_ZONE };
});
