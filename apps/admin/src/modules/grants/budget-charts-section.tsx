'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import { LoadingPanel } from '@/modules/ui/loading-panel';
import { BudgetChartsSkeleton } from './budget-charts-skeleton';

// recharts is loaded only when a grant page shows its charts.
const BudgetCharts = lazy(() => import('./budget-charts').then((m) => ({ default: m.BudgetCharts })));

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
