import { z } from 'zod';
import { PUBLIC_LANGUAGES, type PublicLanguage } from './languages.constant';

/** A text shown to participants, per language; German is always there and the fallback. */
export const localizedTextSchema = (max: number) =>
  z.strictObject({
    de: z.string().trim().min(1).max(max),
    en: z.string().trim().max(max).optional(),
    tr: z.string().trim().max(max).optional(),
    ar: z.string().trim().max(max).optional(),
  });
export type LocalizedText = { de: string } & Partial<Record<Exclude<PublicLanguage, 'de'>, string>>;

/** Optional localized text (descriptions): German may be empty. */
export const optionalLocalizedTextSchema = (max: number) =>
  z.strictObject({
    de: z.string().trim().max(max),
    en: z.string().trim().max(max).optional(),
    tr: z.string().trim().max(max).optional(),
    ar: z.string().trim().max(max).optional(),
  });

export function pickLanguage(text: LocalizedText, language: string): string {
  return (PUBLIC_LANGUAGES as readonly string[]).includes(language) && text[language as PublicLanguage]
    ? text[language as PublicLanguage]!
    : text.de;
}
