import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { eventStatsSchema, idSchema } from '@wir/shared';
import { queryKeys } from '@/lib/query-keys';
import { prefetchOnServer } from '@/lib/server-prefetch';
import { EventStatisticsTab } from '@/modules/events/tabs/event-statistics-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('statistics')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventStatisticsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  // The figures are read here: the layout has the event on the server, so the tab renders there too, and its
  // suspense query must find them in the cache (in server rendering it has no API to ask).
  const state = await prefetchOnServer(
    [{ queryKey: queryKeys.events.stats(id.data), path: `/events/${id.data}/stats`, schema: eventStatsSchema }],
    `/veranstaltungen/${id.data}/statistik`,
  );
  return (
    <HydrationBoundary state={state}>
      <EventStatisticsTab id={id.data} />
    </HydrationBoundary>
  );
}
