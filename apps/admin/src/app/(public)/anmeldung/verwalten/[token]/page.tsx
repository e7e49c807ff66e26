import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LOCALE_PARAM, isLocale } from '@/i18n/locales';
import { loadOwnRegistration } from '@/modules/public/load-public';
import { ManageRegistrationView } from '@/modules/public/manage-registration-view';
import { PublicLanguageSwitch } from '@/modules/public/public-language-switch';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ [LOCALE_PARAM]?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep it out of search engines and out of Referer headers.
  return {
    title: (await getTranslations('manage'))('title'),
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const lang = (await searchParams)[LOCALE_PARAM];
  const registration = await loadOwnRegistration(token);
  const path = `/anmeldung/verwalten/${encodeURIComponent(token)}`;
  // Without a choice on the link, the page speaks the language the person registered in.
  if (!isLocale(lang)) redirect(`${path}?${LOCALE_PARAM}=${registration.language}`);
  return (
    <>
      <PublicLanguageSwitch languages={registration.event.languages} path={path} />
      <ManageRegistrationView token={token} initial={registration} />
    </>
  );
}
