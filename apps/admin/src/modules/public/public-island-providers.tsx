'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NextIntlClientProvider } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { BERLIN_TIME_ZONE } from '@wir/shared';
import type { Locale } from '@/i18n/locales';
import type { IslandMessages } from './island.constants';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: false } },
  });
}

/**
 * What a public page's island needs around its view: the messages of its namespaces and a query client. The
 * server renders it (React, next-intl) and the island script renders it again in the browser (Preact, use-intl).
 */
export function PublicIslandProviders({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: IslandMessages;
  children: ReactNode;
}) {
  const [queryClient] = useState(createQueryClient);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={BERLIN_TIME_ZONE}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </NextIntlClientProvider>
  );
}
