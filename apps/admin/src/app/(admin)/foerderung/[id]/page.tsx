import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  budgetStatusSchema,
  drawdownListSchema,
  grantViewSchema,
  idSchema,
  measureListSchema,
  narrativeReportSchema,
  narrativeReportVersionListSchema,
  receiptPageSchema,
  signOffQueueSchema,
} from '@wir/shared';
import { queryKeys } from '@/lib/query-keys';
import { prefetchOnServer } from '@/lib/server-prefetch';
import { GrantDetailView } from '@/modules/grants/grant-detail-view';
import { narrativeReportKey, narrativeReportVersionsKey } from '@/modules/grants/narrative-report-keys';
import { receiptFiltersOfSearchParams } from '@/modules/grants/receipt-filters.util';
import type { SearchParams } from '@/modules/ui/url-state.util';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('grants'))('detailTitle') };
}

/**
 * The grant and what its sections read (figures, Belegliste page of the address, drawdowns, Sachbericht, the
 * sign-off count of the finance nav, the measures an expense may name) are read on the server, side by side: the
 * first HTML shows them, and the browser neither asks seven times after hydration nor re-renders the sections on
 * each answer. The API decides access as always; a refused read is left to its view, which asks and shows the answer.
 */
export default async function GrantPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const grantId = id.data;
  const receiptFilters = receiptFiltersOfSearchParams(await searchParams);
  const state = await prefetchOnServer(
    [
      { queryKey: queryKeys.grants.detail(grantId), path: `/grants/${grantId}`, schema: grantViewSchema },
      {
        queryKey: queryKeys.grants.budgetStatus(grantId),
        path: `/grants/${grantId}/budget-status`,
        schema: budgetStatusSchema,
      },
      {
        queryKey: queryKeys.grants.receiptPage(grantId, receiptFilters),
        path: `/grants/${grantId}/receipts`,
        query: { ...receiptFilters },
        schema: receiptPageSchema,
      },
      {
        queryKey: queryKeys.grants.drawdowns(grantId),
        path: `/grants/${grantId}/drawdowns`,
        schema: drawdownListSchema,
      },
      {
        queryKey: narrativeReportKey(grantId),
        path: `/grants/${grantId}/narrative-report`,
        schema: narrativeReportSchema,
        // Before the first draft there is none: the section shows "no report yet".
        notFound: { value: null },
      },
      {
        queryKey: narrativeReportVersionsKey(grantId),
        path: `/grants/${grantId}/narrative-report/versions`,
        schema: narrativeReportVersionListSchema,
      },
      { queryKey: queryKeys.signOffQueue.all, path: '/sign-off-queue', schema: signOffQueueSchema },
      {
        queryKey: queryKeys.measures.list({ grantId }),
        path: '/measures',
        query: { grantId },
        schema: measureListSchema,
      },
    ],
    `/foerderung/${grantId}`,
  );
  return (
    <HydrationBoundary state={state}>
      <GrantDetailView id={grantId} />
    </HydrationBoundary>
  );
}
