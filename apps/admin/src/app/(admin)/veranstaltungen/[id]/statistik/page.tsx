import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { EventStatisticsTab } from '@/modules/events/tabs/event-statistics-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('statistics')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventStatisticsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <EventStatisticsTab id={id.data} />;
}
