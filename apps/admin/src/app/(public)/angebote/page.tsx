import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PUBLIC_LANGUAGES } from '@wir/shared';
import { loadPublicOffers } from '@/modules/offers/load-public-offers';
import { publicOfferFiltersFrom, type SearchParams } from '@/modules/offers/public-offer-filters.util';
import { PublicOffersView } from '@/modules/offers/public-offers-view';
import { PublicLanguageSwitch } from '@/modules/public/public-language-switch';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('publicOffers'))('title') };
}

/** The public directory of offers: no login, four languages, filters in the address. */
export default async function PublicOffersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = publicOfferFiltersFrom(await searchParams);
  const data = await loadPublicOffers(filters, await getLocale());
  return (
    <>
      <PublicLanguageSwitch languages={PUBLIC_LANGUAGES} path="/angebote" />
      <PublicOffersView data={data} filters={filters} />
    </>
  );
}
