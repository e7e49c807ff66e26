import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { measureFiltersFrom, type SearchParams } from '@/modules/measures/measure-filters.util';
import { MeasuresView } from '@/modules/measures/measures-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('measures') };
}

/** The filters live in the address, so a reload or a shared link shows the same list. */
export default async function MeasuresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <MeasuresView filters={measureFiltersFrom(await searchParams)} />;
}
