import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PUBLIC_LANGUAGES } from '@wir/shared';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { PublicLanguageSwitch } from '@/modules/public/public-language-switch';
import { loadPublicSurvey } from '@/modules/surveys/load-public-survey';
import { SurveyAnswerView } from '@/modules/surveys/survey-answer-view';
import { SurveyLinkProblemView } from '@/modules/surveys/survey-link-problem-view';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ [LOCALE_PARAM]?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep it out of search engines and out of Referer headers.
  return {
    title: (await getTranslations('surveyAnswer'))('pageTitle'),
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

export default async function SurveyAnswerPage({ params, searchParams }: Props) {
  const { token } = await params;
  const lang = (await searchParams)[LOCALE_PARAM];
  const loaded = await loadPublicSurvey(token, isLocale(lang) ? lang : undefined);
  if (!loaded.survey) return <SurveyLinkProblemView problem={loaded.problem} />;
  const path = `/umfrage/${encodeURIComponent(token)}`;
  // Without a choice on the link, the page speaks the language of the invitation (or of the answers so far).
  if (!isLocale(lang)) redirect(`${path}?${LOCALE_PARAM}=${loaded.survey.language}`);
  return (
    <>
      <PublicLanguageSwitch languages={PUBLIC_LANGUAGES} path={path} />
      <SurveyAnswerView token={token} initial={loaded.survey} />
    </>
  );
}
