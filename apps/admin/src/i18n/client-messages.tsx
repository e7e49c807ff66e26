import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { AddMessages } from './add-messages';
import { CLIENT_CATALOGS, pickNamespaces, type CatalogScope } from './client-catalogs';

/**
 * Hands the client components below a layout the namespaces CLIENT_CATALOGS lists for it (on top of those of
 * the layouts above), instead of the whole catalog in every page's HTML.
 */
export async function ClientMessages({ scope, children }: { scope: CatalogScope; children: ReactNode }) {
  const messages = pickNamespaces(await getMessages(), CLIENT_CATALOGS[scope]);
  // The root's provider also brings the language, time zone and formats of src/i18n/request.ts.
  if (scope === '/') return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
  return <AddMessages messages={messages}>{children}</AddMessages>;
}
