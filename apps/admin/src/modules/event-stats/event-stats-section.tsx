'use client';

import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { Suspense, lazy } from 'react';
import { describeError } from '@/modules/ui/describe-error.util';
import { ErrorBoundary } from '@/modules/ui/error-boundary';
import { EventStatsSkeleton } from './event-stats-skeleton';

// recharts is loaded only when an event page shows its charts.
const EventStatsCharts = lazy(() => import('./event-stats-charts').then((m) => ({ default: m.EventStatsCharts })));

/** "Auswertung" of an event page: figures and charts, each with a table for screen readers. */
export function EventStatsSection({ eventId }: { eventId: number }) {
  const t = useTranslations('eventStats');
  const tc = useTranslations('common');
  return (
    <section className="panel" aria-labelledby="event-stats-heading">
      <h2 id="event-stats-heading">{t('title')}</h2>
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
            <Suspense fallback={<EventStatsSkeleton />}>
              <EventStatsCharts eventId={eventId} />
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  );
}
