import { getTranslations } from 'next-intl/server';
import { SectionNav } from '@/modules/ui/section-nav';
import { ActionFieldsSection } from './action-fields-section';
import { MunicipalitiesSection } from './municipalities-section';
import { OrganisationsSection } from './organisations-section';

export async function MasterDataView() {
  const t = await getTranslations('masterData');
  return (
    <>
      <h1>{t('title')}</h1>
      <SectionNav
        label={t('sectionsLabel')}
        sections={[
          { id: 'kommunen', label: t('municipalities.title') },
          { id: 'organisationen', label: t('organisations.title') },
          { id: 'handlungsfelder', label: t('actionFields.title') },
        ]}
      />
      <MunicipalitiesSection />
      <OrganisationsSection />
      <ActionFieldsSection />
    </>
  );
}
