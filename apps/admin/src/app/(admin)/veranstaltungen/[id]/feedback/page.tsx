import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { EventFeedbackTab } from '@/modules/events/tabs/event-feedback-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('feedback')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventFeedbackPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <EventFeedbackTab id={id.data} />;
}
