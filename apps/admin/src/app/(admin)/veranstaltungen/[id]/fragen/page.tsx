import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { EventQuestionsTab } from '@/modules/events/tabs/event-questions-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('questions')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventQuestionsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <EventQuestionsTab id={id.data} />;
}
