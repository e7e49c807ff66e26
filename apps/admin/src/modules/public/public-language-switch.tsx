import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';

/**
 * The public pages' language switch: plain links (`?lang=`), so it works without JavaScript and
 * the server renders `<html lang dir>` for the chosen language. Offers the event's languages
 * that have a catalog.
 */
export async function PublicLanguageSwitch({ languages, path }: { languages: readonly string[]; path: string }) {
  const t = await getTranslations('shell');
  const current = await getLocale();
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
