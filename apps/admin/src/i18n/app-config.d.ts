import type messages from '@messages/de.json';
import type { Locale } from './locales';

// Typed message keys and locales for next-intl; de.json is the reference catalog.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
