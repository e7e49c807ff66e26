import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';

/**
 * The public pages' language switch: plain links (`?lang=`), so it works without JavaScript and
 * the server renders `<html lang dir>` for the chosen language. Offers the event's languages
 * that have a catalog. Synchronous, so the Pages Router's public pages render it too.
 */
export function PublicLanguageSwitch({ languages, path }: { languages: readonly string[]; path: string }) {
  const t = useTranslations('shell');
  const current = useLocale();
  const offered = languages.filter(isLocale);
  if (offered.length < 2) return null;
  return (
    <nav aria-label={t('language')} className="public-lang">
      <ul>
        {offered.map((code) => (
          <li key={code}>
            <a
              href={`${path}?${LOCALE_PARAM}=${code}`}
              lang={code}
              hrefLang={code}
              aria-current={code === current ? 'true' : undefined}
              className="button button--ghost button--small"
            >
              {t(`languageNames.${code}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
