// `next-intl` inside the island scripts: its hooks come from use-intl (which next-intl re-exports), without Next.
export { IntlProvider as NextIntlClientProvider, useFormatter, useLocale, useNow, useTranslations } from 'use-intl';
