import { getTranslations } from 'next-intl/server';
import { ActionFieldsSection } from './action-fields-section';
import { MunicipalitiesSection } from './municipalities-section';
import { OrganisationsSection } from './organisations-section';

export async function MasterDataView() {
  const t = await getTranslations('masterData');
  return (
    <>
      <h1>{t('title')}</h1>
      <nav aria-label={t('sectionsLabel')}>
        <ul className="section-nav">
          <li>
            <a className="button button--ghost button--small" href="#kommunen">
              {t('municipalities.title')}
            </a>
          </li>
          <li>
            <a className="button button--ghost button--small" href="#organisationen">
              {t('organisations.title')}
            </a>
          </li>
          <li>
            <a className="button button--ghost button--small" href="#handlungsfelder">
              {t('actionFields.title')}
            </a>
          </li>
        </ul>
      </nav>
      <MunicipalitiesSection />
      <OrganisationsSection />
      <ActionFieldsSection />
    </>
  );
}
