'use client';

import type { PublicEvent } from '@wir/shared';
import type { Locale } from '@/i18n/locales';
import type { IslandMessages } from './island.constants';
import { PublicIslandProviders } from './public-island-providers';
import { PublicRegistrationView } from './public-registration-view';

export type RegistrationIslandProps = { locale: Locale; messages: IslandMessages; event: PublicEvent };

/** The registration page's island: rendered by the server (src/pages/anmeldung/[slug].tsx) and by src/islands. */
export function RegistrationIsland({ locale, messages, event }: RegistrationIslandProps) {
  return (
    <PublicIslandProviders locale={locale} messages={messages}>
      <PublicRegistrationView initialEvent={event} />
    </PublicIslandProviders>
  );
}
