import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { GrantDetailView } from '@/modules/grants/grant-detail-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('grants'))('detailTitle') };
}

export default async function GrantPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <GrantDetailView id={id.data} />;
}
