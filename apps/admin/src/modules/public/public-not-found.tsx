import { useTranslations } from 'next-intl';

/** An unknown event or manage link on the public Pages Router pages (answered with status 404). */
export function PublicNotFound() {
  const t = useTranslations('publicShell');
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
    </>
  );
}
