import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckInView } from '@/modules/check-in/check-in-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkIn'))('title') };
}

export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ event?: string }> }) {
  const event = Number((await searchParams).event);
  return <CheckInView initialEventId={Number.isSafeInteger(event) && event > 0 ? event : null} />;
}
