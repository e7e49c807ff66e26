import { useTranslations } from 'next-intl';

/** Placeholder of the charts while the figures load; said once to screen readers. */
export function BudgetChartsSkeleton() {
  const t = useTranslations('budgetCharts');
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div className="chart-grid" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="skeleton chart-skeleton" />
        ))}
      </div>
    </div>
  );
}
