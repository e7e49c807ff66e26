import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { eventStatsSchema, idSchema } from '@wir/shared';
import { queryKeys } from '@/lib/query-keys';
import { prefetchOnServer } from '@/lib/server-prefetch';
import { EventOverviewTab } from '@/modules/events/tabs/event-overview-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('overview')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  // The layout reads the event; the downloads' figures (managers only: a refusal is left to the view) come here.
  const state = await prefetchOnServer(
    [{ queryKey: queryKeys.events.stats(id.data), path: `/events/${id.data}/stats`, schema: eventStatsSchema }],
    `/veranstaltungen/${id.data}`,
  );
  return (
    <HydrationBoundary state={state}>
      <EventOverviewTab id={id.data} />
    </HydrationBoundary>
  );
}
