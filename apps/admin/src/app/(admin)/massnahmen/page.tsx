import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { getTranslations } from 'next-intl/server';
import {
  actionFieldListSchema,
  eventListSchema,
  grantListSchema,
  measureListSchema,
  municipalityListSchema,
  organisationListSchema,
  workshopListSchema,
} from '@wir/shared';
import { queryKeys } from '@/lib/query-keys';
import { serverSessionUser } from '@/lib/server-api';
import { prefetchOnServer } from '@/lib/server-prefetch';
import { hasAnyRole } from '@/modules/auth/roles.util';
import { measureFiltersFrom, measureListHref, type SearchParams } from '@/modules/measures/measure-filters.util';
import { MEASURE_WRITERS } from '@/modules/measures/measures-access.util';
import { MeasuresView } from '@/modules/measures/measures-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('measures') };
}

/**
 * The filters live in the address, so a reload or a shared link shows the same list. The list and the
 * filter options are read on the server, so the first HTML shows them (no wait for the browser's fetches).
 */
export default async function MeasuresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = measureFiltersFrom(await searchParams);
  // The create form (and with it its choices) is there for those who write measures only; the layout asked already.
  const writes = hasAnyRole(await serverSessionUser(), MEASURE_WRITERS);
  const state = await prefetchOnServer(
    [
      {
        queryKey: queryKeys.measures.list(filters),
        path: '/measures',
        query: { ...filters },
        schema: measureListSchema,
      },
      { queryKey: queryKeys.actionFields.list(), path: '/action-fields', schema: actionFieldListSchema },
      { queryKey: queryKeys.municipalities.list(), path: '/municipalities', schema: municipalityListSchema },
      { queryKey: queryKeys.grants.list(), path: '/grants', schema: grantListSchema },
      // The create form's choices, so it does not re-render on their arrival right after hydration.
      ...(writes
        ? [
            { queryKey: queryKeys.organisations.list(), path: '/organisations', schema: organisationListSchema },
            { queryKey: queryKeys.events.list(), path: '/events', schema: eventListSchema },
            { queryKey: queryKeys.events.workshops(), path: '/workshops', schema: workshopListSchema },
          ]
        : []),
    ],
    measureListHref(filters),
  );
  return (
    <HydrationBoundary state={state}>
      <MeasuresView filters={filters} />
    </HydrationBoundary>
  );
}
