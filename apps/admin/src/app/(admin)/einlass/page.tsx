import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckInView } from '@/modules/check-in/check-in-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkIn'))('title') };
}

export default function CheckInPage() {
  return <CheckInView />;
}
