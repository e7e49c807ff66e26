import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { idSchema } from '@wir/shared';
import { EventTabsNav } from '@/modules/events/tabs/event-tabs-nav';

/** Every page of one event: title and tabs above, the tab's own page below. */
export default async function EventLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return (
    <>
      <EventTabsNav id={id.data} />
      {children}
    </>
  );
}
