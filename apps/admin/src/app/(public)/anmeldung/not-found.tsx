import { getTranslations } from 'next-intl/server';

export default async function PublicNotFound() {
  const t = await getTranslations('publicShell');
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
    </>
  );
}
