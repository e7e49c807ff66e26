import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { EventSettingsTab } from '@/modules/events/tabs/event-settings-tab';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `${(await getTranslations('eventTabs'))('settings')} – ${(await getTranslations('events'))('detailTitle')}`,
  };
}

export default async function EventSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <EventSettingsTab id={id.data} />;
}
