import Head from 'next/head';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { BERLIN_TIME_ZONE } from '@wir/shared';
import type { Locale } from '@/i18n/locales';
import { ISLAND_PROPS_ID, ISLAND_ROOT_ID, type IslandMessages } from './island.constants';
import { PublicLanguageSwitch } from './public-language-switch';
import { PublicShell } from './public-shell';

export interface PublicPageFrame {
  locale: Locale;
  /** The page's namespaces of the catalog (the shell's and the island's). */
  messages: IslandMessages;
  title: string;
  /** Token pages: no search engines, no Referer. */
  secretUrl?: boolean;
  /** The language switch: the languages offered and the page's path; none on a page without a switch. */
  languageSwitch?: { languages: readonly string[]; path: string };
}

/** JSON inside `<script>`: `<` escaped, so no text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A public page of the Pages Router (src/pages): the public shell around `children`, which the island script
 * (`island.src`, built from src/islands) renders again in the browser from `island.props`, inside the same
 * container, so nothing shifts. Without JavaScript the server's HTML stays as it is.
 */
export function PublicPage({
  frame,
  island,
  nonce,
  children,
}: {
  frame: PublicPageFrame;
  island?: { src: string | null; props: object };
  nonce: string | null;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={frame.locale} messages={frame.messages} timeZone={BERLIN_TIME_ZONE}>
      <Head>
        <title>{frame.title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {frame.secretUrl ? <meta name="robots" content="noindex, nofollow" /> : null}
        {frame.secretUrl ? <meta name="referrer" content="no-referrer" /> : null}
      </Head>
      <PublicShell>
        {frame.languageSwitch ? (
          <PublicLanguageSwitch languages={frame.languageSwitch.languages} path={frame.languageSwitch.path} />
        ) : null}
        <div id={ISLAND_ROOT_ID}>{children}</div>
      </PublicShell>
      {island ? (
        <script
          id={ISLAND_PROPS_ID}
          type="application/json"
          dangerouslySetInnerHTML={{ __html: scriptJson(island.props) }}
        />
      ) : null}
      {island?.src ? <script src={island.src} defer nonce={nonce ?? undefined} /> : null}
    </NextIntlClientProvider>
  );
}
