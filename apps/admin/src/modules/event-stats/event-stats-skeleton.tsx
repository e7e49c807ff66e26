import { useTranslations } from 'next-intl';

/** Placeholder of the "Auswertung" while its figures load; said once to screen readers. */
export function EventStatsSkeleton() {
  const t = useTranslations('eventStats');
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div className="figures" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="figure skeleton" style={{ blockSize: '6.5rem' }} />
        ))}
      </div>
      <div className="chart-grid" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="skeleton chart-skeleton" />
        ))}
      </div>
    </div>
  );
}
