import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { OfferDetailView } from '@/modules/offers/offer-detail-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('offers') };
}

export default async function OfferPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <OfferDetailView id={id.data} />;
}
