'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import type { MeasureDetail } from '@wir/shared';
import { LoadingPanel } from '@/modules/ui/loading-panel';

// recharts is loaded only when a measure page shows its charts.
const MeasureCharts = lazy(() => import('./measure-charts').then((m) => ({ default: m.MeasureCharts })));

/** Skeleton of the charts while the figures load; said once to screen readers. */
function MeasureChartsSkeleton() {
  const t = useTranslations('measureCharts');
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div className="chart-grid" aria-hidden="true">
        {[0, 1].map((i) => (
          <div key={i} className="skeleton chart-skeleton" />
        ))}
      </div>
    </div>
  );
}

/** "Auswertung" of a measure: target against actual over the periods and per municipality, each with a table for screen readers. */
export function MeasureChartsSection({ measure, asOf }: { measure: MeasureDetail; asOf: string | undefined }) {
  const t = useTranslations('measureCharts');
  return (
    <LoadingPanel
      id="auswertung"
      headingId="measure-charts-heading"
      title={t('title')}
      failedText={(reason) => t('loadFailed', { reason })}
      retryText={t('retry')}
      skeleton={<MeasureChartsSkeleton />}
    >
      <MeasureCharts measureId={measure.id} asOf={asOf} />
    </LoadingPanel>
  );
}
