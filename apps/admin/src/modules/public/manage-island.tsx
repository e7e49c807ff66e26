'use client';

import type { ManageRegistration } from '@wir/shared';
import type { Locale } from '@/i18n/locales';
import type { IslandMessages } from './island.constants';
import { ManageRegistrationView } from './manage-registration-view';
import { PublicIslandProviders } from './public-island-providers';

export type ManageIslandProps = {
  locale: Locale;
  messages: IslandMessages;
  token: string;
  registration: ManageRegistration;
};

/** The manage page's island: rendered by the server (src/pages/anmeldung/verwalten/[token].tsx) and by src/islands. */
export function ManageIsland({ locale, messages, token, registration }: ManageIslandProps) {
  return (
    <PublicIslandProviders locale={locale} messages={messages}>
      <ManageRegistrationView token={token} initial={registration} />
    </PublicIslandProviders>
  );
}
