'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { LoadingPanel } from '@/modules/ui/loading-panel';
import { BudgetChartsSkeleton } from './budget-charts-skeleton';

// recharts is loaded only when a grant page shows its charts, in the browser and after the first paint: the
// server renders the page (title, sections) with the skeleton here, since the charts' suspense query can only
// ask the API from the browser.
const BudgetCharts = dynamic(() => import('./budget-charts').then((m) => m.BudgetCharts), {
  ssr: false,
  loading: () => <BudgetChartsSkeleton />,
});

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
      skeleton={<BudgetChartsSkeleton />}
    >
      <BudgetCharts grantId={grantId} />
    </LoadingPanel>
  );
}
