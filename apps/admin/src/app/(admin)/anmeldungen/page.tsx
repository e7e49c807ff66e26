import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RegistrationsOverview } from '@/modules/registrations/registrations-overview';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('registrations') };
}

export default function RegistrationsPage() {
  return <RegistrationsOverview />;
}
