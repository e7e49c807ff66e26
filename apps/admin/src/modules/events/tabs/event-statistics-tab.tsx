'use client';

import { EventStatsSection } from '@/modules/event-stats/event-stats-section';
import { EventTabPage } from './event-tab-page';

/**
 * /veranstaltungen/[id]/statistik. The page reads the figures on the server (its suspense query has no API
 * to ask while the server renders), so figures and tables are in the first HTML; the charts draw in the browser.
 */
export function EventStatisticsTab({ id }: { id: number }) {
  return <EventTabPage id={id}>{(event) => <EventStatsSection eventId={event.id} />}</EventTabPage>;
}
