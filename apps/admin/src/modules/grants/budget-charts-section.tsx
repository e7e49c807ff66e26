'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { ChartsSkeleton } from '@/modules/ui/charts-skeleton';
import { LoadingPanel } from '@/modules/ui/loading-panel';

// The charts' part is loaded in the browser only: the server renders the page (title, sections) with the
// skeleton here, since the charts' suspense query can only ask the API from the browser. recharts itself
// loads when a chart comes near the viewport (LazyChart).
const BudgetCharts = dynamic(() => import('./budget-charts').then((m) => m.BudgetCharts), {
  ssr: false,
  loading: () => <BudgetChartsPlaceholder />,
});

function BudgetChartsPlaceholder() {
  const t = useTranslations('budgetCharts');
  return <ChartsSkeleton loading={t('loading')} charts={4} />;
}

/** "Auswertung" of a grant: plan vs actual, burn-down, shares and utilisation, each with a table for screen readers. */
export function BudgetChartsSection({ grantId }: { grantId: number }) {
  const t = useTranslations('budgetCharts');
  return (
    <LoadingPanel
      id="auswertung"
      headingId="budget-charts-heading"
      title={t('title')}
      failedText={(reason) => t('loadFailed', { reason })}
      retryText={t('retry')}
      skeleton={<BudgetChartsPlaceholder />}
    >
      <BudgetCharts grantId={grantId} />
    </LoadingPanel>
  );
}
