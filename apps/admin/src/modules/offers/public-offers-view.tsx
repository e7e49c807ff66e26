import { useLocale, useTranslations } from 'next-intl';
import { OFFER_TARGET_GROUPS, type PublicOffer, type PublicOfferList } from '@wir/shared';
import { LOCALE_PARAM } from '@/i18n/locales';
import type { PublicOfferFilters } from './public-offer-filters.util';

/** A language code's name in the page's language (Intl knows them all; the code when it does not). */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A list the way the language writes one ("A, B und C"; Arabic with its own comma). */
function listOf(items: string[], locale: string): string {
  return new Intl.ListFormat([locale], { style: 'long', type: 'conjunction' }).format(items);
}

const dirOf = (language: string) => (language === 'ar' ? 'rtl' : 'ltr');

/**
 * /angebote: the published offers of the district for residents and front-line staff. Rendered on
 * the server (src/pages/angebote.tsx, without the Next runtime); the filters are a plain GET form, so the page needs
 * no JavaScript. Synchronous: it renders under the page's NextIntlClientProvider.
 */
export function PublicOffersView({ data, filters }: { data: PublicOfferList; filters: PublicOfferFilters }) {
  const t = useTranslations('publicOffers');
  const locale = useLocale();
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="panel" aria-labelledby="offer-filter-heading">
        <h2 id="offer-filter-heading">{t('filterHeading')}</h2>
        <form
          role="search"
          method="get"
          action="/angebote"
          className="form form--inline"
          aria-labelledby="offer-filter-heading"
        >
          <input type="hidden" name={LOCALE_PARAM} value={locale} />
          <div className="field">
            <label htmlFor="offer-q">{t('search')}</label>
            <input id="offer-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor="offer-municipality">{t('municipality')}</label>
            <select id="offer-municipality" name="municipalityId" defaultValue={filters.municipalityId ?? ''}>
              <option value="">{t('allMunicipalities')}</option>
              {data.municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="offer-action-field">{t('actionField')}</label>
            <select id="offer-action-field" name="actionFieldId" defaultValue={filters.actionFieldId ?? ''}>
              <option value="">{t('all')}</option>
              {data.actionFields.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="offer-target-group">{t('targetGroup')}</label>
            <select id="offer-target-group" name="targetGroup" defaultValue={filters.targetGroup ?? ''}>
              <option value="">{t('all')}</option>
              {OFFER_TARGET_GROUPS.filter((g) => g !== 'all').map((g) => (
                <option key={g} value={g}>
                  {t(`targetGroups.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="offer-language">{t('language')}</label>
            <select id="offer-language" name="language" defaultValue={filters.language ?? ''}>
              <option value="">{t('all')}</option>
              {data.languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="button-row">
            <button type="submit" className="button">
              {t('apply')}
            </button>
            {filtered ? (
              <a className="button button--ghost" href={`/angebote?${LOCALE_PARAM}=${locale}`}>
                {t('reset')}
              </a>
            ) : null}
          </div>
        </form>
      </section>
      <p role="status" className="result-count">
        {t('resultCount', { count: data.items.length })}
      </p>
      {data.items.length === 0 ? <p className="panel">{filtered ? t('emptyFiltered') : t('empty')}</p> : null}
      <ul className="offer-list">
        {data.items.map((offer) => (
          <li key={offer.id}>
            <OfferCard offer={offer} locale={locale} />
          </li>
        ))}
      </ul>
    </>
  );
}

function OfferCard({ offer, locale }: { offer: PublicOffer; locale: string }) {
  const t = useTranslations('publicOffers');
  const headingId = `offer-${offer.id}`;
  // German shown in place of a missing translation (title or description) is marked as such.
  const untranslated =
    offer.textLanguage !== locale || (offer.description !== '' && offer.descriptionLanguage !== locale);
  return (
    <article className="panel offer-card" aria-labelledby={headingId}>
      <h2 id={headingId} lang={offer.textLanguage} dir={dirOf(offer.textLanguage)}>
        {offer.title}
      </h2>
      {untranslated ? <p className="notice offer-card__note">{t('germanOnly')}</p> : null}
      {offer.description ? (
        <p className="offer-card__description" lang={offer.descriptionLanguage} dir={dirOf(offer.descriptionLanguage)}>
          {offer.description}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('municipality')}</dt>
          <dd>{offer.municipalityName ?? t('districtWide')}</dd>
        </div>
        {offer.actionFieldName ? (
          <div>
            <dt>{t('actionField')}</dt>
            <dd>{offer.actionFieldName}</dd>
          </div>
        ) : null}
        {offer.targetGroups.length > 0 ? (
          <div>
            <dt>{t('targetGroup')}</dt>
            <dd>
              {listOf(
                offer.targetGroups.map((g) => t(`targetGroups.${g}`)),
                locale,
              )}
            </dd>
          </div>
        ) : null}
        {offer.languages.length > 0 ? (
          <div>
            <dt>{t('languages')}</dt>
            <dd>
              {listOf(
                offer.languages.map((code) => languageName(code, locale)),
                locale,
              )}
            </dd>
          </div>
        ) : null}
        {offer.status !== 'running' ? (
          <div>
            <dt>{t('status')}</dt>
            <dd>{t(`statuses.${offer.status}`)}</dd>
          </div>
        ) : null}
      </dl>
      {offer.contact ? (
        <p className="offer-card__contact">
          <strong>{t('contact')}:</strong> {offer.contact.name}
          {offer.contact.phone ? (
            <>
              {' · '}
              <a href={`tel:${offer.contact.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                {offer.contact.phone}
              </a>
            </>
          ) : null}
          {offer.contact.email ? (
            <>
              {' · '}
              <a href={`mailto:${offer.contact.email}`} dir="ltr">
                {offer.contact.email}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
