import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { EventDetailView } from '@/modules/events/event-detail-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('events'))('detailTitle') };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <EventDetailView id={id.data} />;
}
