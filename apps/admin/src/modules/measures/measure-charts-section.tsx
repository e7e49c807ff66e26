'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import type { MeasureDetail } from '@wir/shared';
import { ChartsSkeleton } from '@/modules/ui/charts-skeleton';
import { LoadingPanel } from '@/modules/ui/loading-panel';

// The charts' part is loaded only when a measure page shows its charts (recharts itself only when a chart is near).
const MeasureCharts = lazy(() => import('./measure-charts').then((m) => ({ default: m.MeasureCharts })));

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
      skeleton={<ChartsSkeleton loading={t('loading')} charts={2} />}
    >
      <MeasureCharts measureId={measure.id} asOf={asOf} />
    </LoadingPanel>
  );
}
