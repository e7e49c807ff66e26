import type { GetServerSideProps, PageConfig } from 'next';
import { PUBLIC_LANGUAGES } from '@wir/shared';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { PublicPage, type PublicPageFrame } from '@/modules/public/public-page';
import { cspNonceOf, islandScriptOf, publicLocaleOf, publicMessages } from '@/modules/public/public-page-data';
import { loadPublicSurvey, type SurveyLinkProblem } from '@/modules/surveys/load-public-survey';
import { SurveyIsland, type SurveyIslandProps } from '@/modules/surveys/survey-island';
import { SurveyLinkProblemView } from '@/modules/surveys/survey-link-problem-view';

// Served without the Next runtime: the HTML, the stylesheet and one small island script (src/islands).
export const config: PageConfig = { unstable_runtimeJS: false };

const SHELL_NAMESPACES = ['common', 'publicShell', 'shell', 'surveyAnswer'];
const ISLAND_NAMESPACES = ['common', 'errors', 'surveyAnswer'];

type Props =
  | { frame: PublicPageFrame; nonce: string | null; island: { src: string | null; props: SurveyIslandProps } }
  | { frame: PublicPageFrame; nonce: string | null; problem: SurveyLinkProblem };

export const getServerSideProps: GetServerSideProps<Props, { token: string }> = async ({ params, query, req }) => {
  const token = params?.token ?? '';
  const lang = query[LOCALE_PARAM];
  const loaded = await loadPublicSurvey(token, isLocale(lang) ? lang : undefined);
  const path = `/umfrage/${encodeURIComponent(token)}`;
  // Without a choice on the link, the page speaks the language of the invitation (or of the answers so far).
  if (loaded.survey && !isLocale(lang))
    return { redirect: { destination: `${path}?${LOCALE_PARAM}=${loaded.survey.language}`, permanent: false } };
  const locale = publicLocaleOf(req);
  const messages = publicMessages(locale, [...new Set([...SHELL_NAMESPACES, ...ISLAND_NAMESPACES])]);
  const t = messages as { common: { appName: string }; surveyAnswer: { pageTitle: string } };
  const frame: PublicPageFrame = {
    locale,
    messages,
    title: `${t.surveyAnswer.pageTitle} · ${t.common.appName}`,
    // The token is a secret: keep it out of search engines and out of Referer headers.
    secretUrl: true,
  };
  const nonce = cspNonceOf(req);
  if (!loaded.survey) return { props: { frame, nonce, problem: loaded.problem } };
  const islandMessages = Object.fromEntries(ISLAND_NAMESPACES.map((n) => [n, messages[n]]));
  return {
    props: {
      frame: { ...frame, languageSwitch: { languages: PUBLIC_LANGUAGES, path } },
      nonce,
      island: {
        src: islandScriptOf('survey'),
        props: { locale, messages: islandMessages, token, survey: loaded.survey },
      },
    },
  };
};

/** Answering a questionnaire by its personal or anonymous link (/umfrage/<token>). */
export default function SurveyAnswerPage(props: Props) {
  if ('problem' in props)
    return (
      <PublicPage frame={props.frame} nonce={props.nonce}>
        <SurveyLinkProblemView problem={props.problem} />
      </PublicPage>
    );
  return (
    <PublicPage frame={props.frame} island={props.island} nonce={props.nonce}>
      <SurveyIsland {...props.island.props} />
    </PublicPage>
  );
}
