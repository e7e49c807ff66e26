import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GrantsView } from '@/modules/grants/grants-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('funding') };
}

export default function FundingPage() {
  return <GrantsView />;
}
