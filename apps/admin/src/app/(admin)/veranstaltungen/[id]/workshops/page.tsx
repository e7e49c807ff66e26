import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { EventWorkshopsTab } from '@/modules/events/tabs/event-workshops-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('workshops')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventWorkshopsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <EventWorkshopsTab id={id.data} />;
}
