'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { ADMIN_LOCALES, LOCALE_COOKIE, type Locale } from '@/i18n/locales';

/** Stores the language in a cookie (no locale in the URL) and re-renders on the server. */
export function LanguageSwitch() {
  const t = useTranslations('shell');
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <div role="group" aria-label={t('language')} className="button-row">
      {ADMIN_LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="button button--ghost button--small"
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => choose(locale)}
        >
          {t(`languageNames.${locale}`)}
        </button>
      ))}
    </div>
  );
}
