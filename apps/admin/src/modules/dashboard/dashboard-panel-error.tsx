import { getTranslations } from 'next-intl/server';

/** Shown in place of a panel whose figures could not be read; the other panels stay. */
export async function DashboardPanelError({ title }: { title: string }) {
  const t = await getTranslations('dashboard');
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <p className="alert">{t('loadFailed')}</p>
    </section>
  );
}
