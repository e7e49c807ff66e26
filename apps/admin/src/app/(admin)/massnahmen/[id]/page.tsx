import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { MeasureDetailView } from '@/modules/measures/measure-detail-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('measures'))('detailTitle') };
}

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <MeasureDetailView id={id.data} />;
}
