import { useTranslations } from 'next-intl';

/** A panel's place while its figures load: as tall as the panel will be, so nothing below it jumps. */
export function DashboardSkeleton({ height = 420 }: { height?: number }) {
  const t = useTranslations('dashboard');
  return (
    <div className="panel" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('chartLoading')}
      </p>
      <div className="skeleton" style={{ blockSize: height }} aria-hidden="true" />
    </div>
  );
}
