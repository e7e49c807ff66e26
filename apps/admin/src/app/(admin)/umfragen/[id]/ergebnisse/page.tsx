import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { surveyResultsFiltersFrom, type SearchParams } from '@/modules/survey-results/survey-results-filters.util';
import { SurveyResultsView } from '@/modules/survey-results/survey-results-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyResults'))('titleLoading') };
}

/** The filters live in the address, so a reload or a shared link shows the same results. */
export default async function SurveyResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <SurveyResultsView surveyId={id.data} filters={surveyResultsFiltersFrom(await searchParams)} />;
}
