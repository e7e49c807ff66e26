import { mailCatalogFor } from '#api/platform/mail/mail-language.util';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import type { MailCatalog } from './mail-catalog';
import { tr } from './tr';

/** Every mail language; German is the fallback for anything else. */
export const MAIL_CATALOGS: Readonly<Record<string, MailCatalog>> = { de, en, tr, ar };

/** The catalog for a stored language ("ar", "AR", "ar-SY" → ar); German when there is none. */
export function registrationMailCatalogFor(language: string): MailCatalog {
  return mailCatalogFor(MAIL_CATALOGS, language, de);
}
