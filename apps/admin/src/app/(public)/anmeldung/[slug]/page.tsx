import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { pickLanguage } from '@wir/shared';
import { LOCALE_PARAM } from '@/i18n/locales';
import { loadPublicEvent } from '@/modules/public/load-public';
import { PublicLanguageSwitch } from '@/modules/public/public-language-switch';
import { PublicRegistrationView } from '@/modules/public/public-registration-view';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadPublicEvent((await params).slug);
  return { title: pickLanguage(event.title, await getLocale()) };
}

export default async function PublicRegistrationPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadPublicEvent(slug);
  const locale = await getLocale();
  const path = `/anmeldung/${encodeURIComponent(slug)}`;
  // Only the event's languages: otherwise German (or its first language).
  if (!(event.languages as string[]).includes(locale)) {
    redirect(`${path}?${LOCALE_PARAM}=${event.languages.includes('de') ? 'de' : (event.languages[0] ?? 'de')}`);
  }
  return (
    <>
      <PublicLanguageSwitch languages={event.languages} path={path} />
      <PublicRegistrationView initialEvent={event} />
    </>
  );
}
