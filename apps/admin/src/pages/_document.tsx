import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';
import { directionOf, resolveLocale } from '@/i18n/locales';

/** `<html lang dir>` from the page's language (its props' `frame.locale`), as the App Router's root layout does. */
export default function PublicPagesDocument({ __NEXT_DATA__ }: DocumentProps) {
  const pageProps = __NEXT_DATA__.props?.pageProps as { frame?: { locale?: string } } | undefined;
  const locale = resolveLocale(pageProps?.frame?.locale);
  return (
    <Html lang={locale} dir={directionOf(locale)}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
