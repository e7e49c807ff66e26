import { useTranslations } from 'next-intl';

export function DashboardSkeleton() {
  const t = useTranslations('dashboard');
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('chartLoading')}
      </p>
      <div className="figures" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="figure skeleton" style={{ blockSize: '6.5rem' }} />
        ))}
      </div>
      <div className="panel" aria-hidden="true">
        <div className="skeleton chart-skeleton" />
      </div>
    </div>
  );
}
