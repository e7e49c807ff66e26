'use client';

import { NextIntlClientProvider, useLocale, useMessages } from 'next-intl';
import { useMemo, type ReactNode } from 'react';

type Messages = ReturnType<typeof useMessages>;

/**
 * A nested next-intl provider replaces the messages of the outer one; this one keeps them and adds its own
 * namespaces (language, time zone and formats come from the outer provider).
 */
export function AddMessages({ messages, children }: { messages: Partial<Messages>; children: ReactNode }) {
  const outer = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => ({ ...outer, ...messages }), [outer, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
