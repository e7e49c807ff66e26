'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import { ChartsSkeleton } from '@/modules/ui/charts-skeleton';
import { LoadingPanel } from '@/modules/ui/loading-panel';

// The charts' part is loaded only when an event page shows its statistics (recharts itself only when a chart is near).
const EventStatsCharts = lazy(() => import('./event-stats-charts').then((m) => ({ default: m.EventStatsCharts })));

/** "Auswertung" of an event page: figures and charts, each with a table for screen readers. */
export function EventStatsSection({ eventId }: { eventId: number }) {
  const t = useTranslations('eventStats');
  return (
    <LoadingPanel
      headingId="event-stats-heading"
      title={t('title')}
      failedText={(reason) => t('loadFailed', { reason })}
      retryText={t('retry')}
      skeleton={<ChartsSkeleton loading={t('loading')} figures={4} charts={4} />}
    >
      <EventStatsCharts eventId={eventId} />
    </LoadingPanel>
  );
}
