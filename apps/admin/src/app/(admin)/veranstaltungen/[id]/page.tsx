import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { EventOverviewTab } from '@/modules/events/tabs/event-overview-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('overview')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <EventOverviewTab id={id.data} />;
}
