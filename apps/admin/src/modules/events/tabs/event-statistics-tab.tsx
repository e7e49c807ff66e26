'use client';

import { EventStatsSection } from '@/modules/event-stats/event-stats-section';
import { EventTabPage } from './event-tab-page';

/**
 * /veranstaltungen/[id]/statistik. Drawn in the browser only (after the event has loaded): the
 * figures' suspense query has no API to ask while the server renders the page.
 */
export function EventStatisticsTab({ id }: { id: number }) {
  return <EventTabPage id={id}>{(event) => <EventStatsSection eventId={event.id} />}</EventTabPage>;
}
