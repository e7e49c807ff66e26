/**
 * Languages of the public registration form and of the mails to participants. Adding one means
 * adding its catalog (admin messages, mail texts); right-to-left scripts are listed below.
 */
export const PUBLIC_LANGUAGES = ['de', 'en', 'tr', 'ar'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];
export const RTL_LANGUAGES: readonly PublicLanguage[] = ['ar'];
