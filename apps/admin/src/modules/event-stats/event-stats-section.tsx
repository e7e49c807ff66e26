'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import { LoadingPanel } from '@/modules/ui/loading-panel';
import { EventStatsSkeleton } from './event-stats-skeleton';

// recharts is loaded only when an event page shows its charts.
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
      skeleton={<EventStatsSkeleton />}
    >
      <EventStatsCharts eventId={eventId} />
    </LoadingPanel>
  );
}
