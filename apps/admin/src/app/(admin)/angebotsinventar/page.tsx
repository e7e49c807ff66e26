import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { offerFiltersFrom } from '@/modules/offers/offer-filters.util';
import { OffersInventoryView } from '@/modules/offers/offers-inventory-view';
import type { SearchParams } from '@/modules/offers/public-offer-filters.util';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('offers') };
}

/** The filters (review status first) live in the address. */
export default async function OffersInventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <OffersInventoryView filters={offerFiltersFrom(await searchParams)} />;
}
