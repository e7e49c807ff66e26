import type { GetServerSideProps, PageConfig } from 'next';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { PublicPage, type PublicPageFrame } from '@/modules/public/public-page';
import { cspNonceOf, publicLocaleOf, publicMessages } from '@/modules/public/public-page-data';
import { startAnonymousResponse } from '@/modules/surveys/load-public-survey';
import { SurveyLinkProblemView } from '@/modules/surveys/survey-link-problem-view';

// Served without the Next runtime and without an island: a redirect, or the problem's HTML without any script.
export const config: PageConfig = { unstable_runtimeJS: false };

const NAMESPACES = ['common', 'publicShell', 'shell', 'surveyAnswer'];

type OpenSurveyLinkProblem = Extract<
  Awaited<ReturnType<typeof startAnonymousResponse>>,
  { problem: unknown }
>['problem'];

interface Props {
  frame: PublicPageFrame;
  nonce: string | null;
  problem: OpenSurveyLinkProblem;
}

/** The shared link of an anonymous survey: each visit starts its own response and continues at its own address. */
export const getServerSideProps: GetServerSideProps<Props, { token: string }> = async ({ params, query, req }) => {
  const lang = query[LOCALE_PARAM];
  const started = await startAnonymousResponse(params?.token ?? '');
  if (!('problem' in started)) {
    const to = `/umfrage/${encodeURIComponent(started.accessToken)}?${LOCALE_PARAM}=${isLocale(lang) ? lang : 'de'}`;
    return { redirect: { destination: to, permanent: false } };
  }
  const locale = publicLocaleOf(req);
  const messages = publicMessages(locale, NAMESPACES);
  const t = messages as { common: { appName: string }; surveyAnswer: { pageTitle: string } };
  return {
    props: {
      // The token is a secret: keep it out of search engines and out of Referer headers.
      frame: { locale, messages, title: `${t.surveyAnswer.pageTitle} · ${t.common.appName}`, secretUrl: true },
      nonce: cspNonceOf(req),
      problem: started.problem,
    },
  };
};

/** Why the shared link starts no response (unknown or replaced, closed, not open yet). */
export default function OpenSurveyPage({ frame, nonce, problem }: Props) {
  return (
    <PublicPage frame={frame} nonce={nonce}>
      <SurveyLinkProblemView problem={problem} />
    </PublicPage>
  );
}
