import type { ReactNode } from 'react';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { eventDetailSchema, idSchema } from '@wir/shared';
import { ClientMessages } from '@/i18n/client-messages';
import { queryKeys } from '@/lib/query-keys';
import { prefetchOnServer } from '@/lib/server-prefetch';
import { EventTabsNav } from '@/modules/events/tabs/event-tabs-nav';

/**
 * Every page of one event: title and tabs above, the tab's own page below. The event is read on the
 * server, so title, tabs and the tab's facts are in the first HTML.
 */
export default async function EventLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const state = await prefetchOnServer(
    [{ queryKey: queryKeys.events.detail(id.data), path: `/events/${id.data}`, schema: eventDetailSchema }],
    `/veranstaltungen/${id.data}`,
  );
  return (
    <ClientMessages scope="/(admin)/veranstaltungen/[id]">
      <HydrationBoundary state={state}>
        <EventTabsNav id={id.data} />
        {children}
      </HydrationBoundary>
    </ClientMessages>
  );
}
