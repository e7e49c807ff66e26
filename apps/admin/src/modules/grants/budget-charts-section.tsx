'use client';

import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { Suspense, lazy } from 'react';
import { describeError } from '@/modules/ui/describe-error.util';
import { ErrorBoundary } from '@/modules/ui/error-boundary';
import { BudgetChartsSkeleton } from './budget-charts-skeleton';

// recharts is loaded only when a grant page shows its charts.
const BudgetCharts = lazy(() => import('./budget-charts').then((m) => ({ default: m.BudgetCharts })));

/** "Auswertung" of a grant: plan vs actual, burn-down, shares and utilisation, each with a table for screen readers. */
export function BudgetChartsSection({ grantId }: { grantId: number }) {
  const t = useTranslations('budgetCharts');
  const tc = useTranslations('common');
  return (
    <section id="auswertung" className="panel" aria-labelledby="budget-charts-heading">
      <h2 id="budget-charts-heading">{t('title')}</h2>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallback={(error, retry) => (
              <div role="alert" className="alert">
                <p>{t('loadFailed', { reason: describeError(tc, error) })}</p>
                <button type="button" className="button button--small" onClick={retry}>
                  {t('retry')}
                </button>
              </div>
            )}
          >
            <Suspense fallback={<BudgetChartsSkeleton />}>
              <BudgetCharts grantId={grantId} />
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  );
}
