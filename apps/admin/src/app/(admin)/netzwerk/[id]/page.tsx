import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { ContactDetailView } from '@/modules/network/contact-detail-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('network') };
}

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <ContactDetailView id={id.data} />;
}
