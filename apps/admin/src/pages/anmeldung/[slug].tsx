import type { GetServerSideProps, PageConfig } from 'next';
import { pickLanguage, publicEventSchema } from '@wir/shared';
import { LOCALE_PARAM } from '@/i18n/locales';
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
import { RegistrationIsland, type RegistrationIslandProps } from '@/modules/public/registration-island';

// Served without the Next runtime: the HTML, the stylesheet and one small island script (src/islands).
export const config: PageConfig = { unstable_runtimeJS: false };

const SHELL_NAMESPACES = ['common', 'publicShell', 'shell'];
const ISLAND_NAMESPACES = [
  'common',
  'errors',
  'publicEvent',
  'registrationForm',
  'registrationResult',
  'organisationTypes',
  'shell',
];

type Props =
  | { frame: PublicPageFrame; nonce: string | null; island: { src: string | null; props: RegistrationIslandProps } }
  | { frame: PublicPageFrame; nonce: string | null; notFound: true };

export const getServerSideProps: GetServerSideProps<Props, { slug: string }> = async ({ params, req, res }) => {
  const slug = params?.slug ?? '';
  const locale = publicLocaleOf(req);
  const nonce = cspNonceOf(req);
  const answer = await publicApiGet(`/public/events/${encodeURIComponent(slug)}`, publicEventSchema);
  if (!answer.ok) {
    if (answer.status !== 404 && answer.status !== 400) throw new Error(`GET /public/events: ${answer.status}`);
    return { props: { frame: notFoundFrame(res, locale, SHELL_NAMESPACES), nonce, notFound: true } };
  }
  const event = answer.data;
  const path = `/anmeldung/${encodeURIComponent(slug)}`;
  // Only the event's languages: otherwise German (or its first language).
  if (!(event.languages as string[]).includes(locale)) {
    const to = event.languages.includes('de') ? 'de' : (event.languages[0] ?? 'de');
    return { redirect: { destination: `${path}?${LOCALE_PARAM}=${to}`, permanent: false } };
  }
  const messages = publicMessages(locale, [...new Set([...SHELL_NAMESPACES, 'publicShell', ...ISLAND_NAMESPACES])]);
  const islandMessages = Object.fromEntries(ISLAND_NAMESPACES.map((n) => [n, messages[n]]));
  const appName = (messages as { common: { appName: string } }).common.appName;
  return {
    props: {
      frame: {
        locale,
        messages,
        title: `${pickLanguage(event.title, locale)} · ${appName}`,
        languageSwitch: { languages: event.languages, path },
      },
      nonce,
      island: { src: islandScriptOf('registration'), props: { locale, messages: islandMessages, event } },
    },
  };
};

/** The public registration form of an event (/anmeldung/<slug>). */
export default function PublicRegistrationPage(props: Props) {
  if ('notFound' in props)
    return (
      <PublicPage frame={props.frame} nonce={props.nonce}>
        <PublicNotFound />
      </PublicPage>
    );
  return (
    <PublicPage frame={props.frame} island={props.island} nonce={props.nonce}>
      <RegistrationIsland {...props.island.props} />
    </PublicPage>
  );
}
