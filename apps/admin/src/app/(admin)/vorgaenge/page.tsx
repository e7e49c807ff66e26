import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { getTranslations } from 'next-intl/server';
import { operationListSchema } from '@wir/shared';
import { queryKeys } from '@/lib/query-keys';
import { prefetchOnServer } from '@/lib/server-prefetch';
import {
  operationFiltersFrom,
  operationListHref,
  type SearchParams,
} from '@/modules/operations/operation-filters.util';
import { OperationsView } from '@/modules/operations/operations-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('operations') };
}

/** The filters live in the address; the list is read on the server, so the first HTML shows it. */
export default async function OperationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = operationFiltersFrom(await searchParams);
  const state = await prefetchOnServer(
    [{ queryKey: queryKeys.operations.list('all'), path: '/operations', schema: operationListSchema }],
    operationListHref(filters),
  );
  return (
    <HydrationBoundary state={state}>
      <OperationsView filters={filters} />
    </HydrationBoundary>
  );
}
