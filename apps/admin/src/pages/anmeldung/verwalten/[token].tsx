import type { GetServerSideProps, PageConfig } from 'next';
import { manageRegistrationSchema } from '@wir/shared';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { ManageIsland, type ManageIslandProps } from '@/modules/public/manage-island';
import { PublicNotFound } from '@/modules/public/public-not-found';
import { PublicPage, type PublicPageFrame } from '@/modules/public/public-page';
import {
  cspNonceOf,
  islandScriptOf,
  notFoundFrame,
  publicApiGet,
  publicLocaleOf,
  publicMessages,
} from '@/modules/public/public-page-data';

// Served without the Next runtime: the HTML, the stylesheet and one small island script (src/islands).
export const config: PageConfig = { unstable_runtimeJS: false };

const SHELL_NAMESPACES = ['common', 'publicShell', 'shell', 'manage'];
const ISLAND_NAMESPACES = ['common', 'manage', 'registrationForm', 'registrationResult', 'organisationTypes', 'shell'];

type Props =
  | { frame: PublicPageFrame; nonce: string | null; island: { src: string | null; props: ManageIslandProps } }
  | { frame: PublicPageFrame; nonce: string | null; notFound: true };

type Titles = { common: { appName: string }; manage: { title: string } };

export const getServerSideProps: GetServerSideProps<Props, { token: string }> = async ({ params, query, req, res }) => {
  const token = params?.token ?? '';
  const path = `/anmeldung/verwalten/${encodeURIComponent(token)}`;
  const answer = await publicApiGet(`/public/registrations/${encodeURIComponent(token)}`, manageRegistrationSchema);
  if (answer.ok && !isLocale(query[LOCALE_PARAM]))
    // Without a choice on the link, the page speaks the language the person registered in.
    return { redirect: { destination: `${path}?${LOCALE_PARAM}=${answer.data.language}`, permanent: false } };
  const locale = publicLocaleOf(req);
  const nonce = cspNonceOf(req);
  if (!answer.ok) {
    if (answer.status !== 404 && answer.status !== 400) throw new Error(`GET /public/registrations: ${answer.status}`);
    return {
      props: { frame: notFoundFrame(res, locale, SHELL_NAMESPACES, { secretUrl: true }), nonce, notFound: true },
    };
  }
  const registration = answer.data;
  const messages = publicMessages(locale, [...new Set([...SHELL_NAMESPACES, ...ISLAND_NAMESPACES])]);
  const t = messages as Titles;
  const islandMessages = Object.fromEntries(ISLAND_NAMESPACES.map((n) => [n, messages[n]]));
  return {
    props: {
      frame: {
        locale,
        messages,
        title: `${t.manage.title} · ${t.common.appName}`,
        // The token is a secret: keep it out of search engines and out of Referer headers.
        secretUrl: true,
        languageSwitch: { languages: registration.event.languages, path },
      },
      nonce,
      island: { src: islandScriptOf('manage'), props: { locale, messages: islandMessages, token, registration } },
    },
  };
};

/** The participant's own registration behind the manage link (/anmeldung/verwalten/<token>). */
export default function ManageRegistrationPage(props: Props) {
  if ('notFound' in props)
    return (
      <PublicPage frame={props.frame} nonce={props.nonce}>
        <PublicNotFound />
      </PublicPage>
    );
  return (
    <PublicPage frame={props.frame} island={props.island} nonce={props.nonce}>
      <ManageIsland {...props.island.props} />
    </PublicPage>
  );
}
