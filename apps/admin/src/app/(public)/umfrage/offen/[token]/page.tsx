import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { startAnonymousResponse } from '@/modules/surveys/load-public-survey';
import { SurveyLinkProblemView } from '@/modules/surveys/survey-link-problem-view';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ [LOCALE_PARAM]?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations('surveyAnswer'))('pageTitle'),
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

/** The shared link of an anonymous survey: each visit starts its own response and continues at its own address. */
export default async function OpenSurveyPage({ params, searchParams }: Props) {
  const { token } = await params;
  const lang = (await searchParams)[LOCALE_PARAM];
  const started = await startAnonymousResponse(token);
  if ('problem' in started) return <SurveyLinkProblemView problem={started.problem} />;
  redirect(`/umfrage/${encodeURIComponent(started.accessToken)}?${LOCALE_PARAM}=${isLocale(lang) ? lang : 'de'}`);
}
