import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { RegistrationsView } from '@/modules/registrations/registrations-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('registrations') };
}

export default async function EventRegistrationsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <RegistrationsView eventId={id.data} />;
}
