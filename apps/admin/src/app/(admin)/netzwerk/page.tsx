import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { contactFiltersFrom, type SearchParams } from '@/modules/network/contact-filters.util';
import { NetworkView } from '@/modules/network/network-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('network') };
}

/** The filters live in the address, so a reload or a shared link shows the same list. */
export default async function NetworkPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <NetworkView filters={contactFiltersFrom(await searchParams)} />;
}
