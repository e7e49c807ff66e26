'use client';

import { useLocale } from 'next-intl';
import type { LocalizedText } from '@wir/shared';

/** A survey text in the admin's language (German when it has none in English). */
export function useLocalized(): (text: LocalizedText) => string {
  const locale = useLocale();
  return (text) => (locale === 'en' && text.en ? text.en : text.de);
}
