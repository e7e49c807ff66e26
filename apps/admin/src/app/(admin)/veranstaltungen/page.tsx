import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventsView } from '@/modules/events/events-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('events') };
}

export default function EventsPage() {
  return <EventsView />;
}
