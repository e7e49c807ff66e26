import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingSoon } from '@/modules/shell/coming-soon';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('registrations') };
}

export default function Page() {
  return <ComingSoon area="registrations" />;
}
