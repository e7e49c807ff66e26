// Without zod, so browser code that shows a participant's language bundles no schemas.
import { PUBLIC_LANGUAGES, type PublicLanguage } from './languages.constant';

export type LocalizedText = { de: string } & Partial<Record<Exclude<PublicLanguage, 'de'>, string>>;
export function pickLanguage(text: LocalizedText, language: string): string {
  return (PUBLIC_LANGUAGES as readonly string[]).includes(language) && text[language as PublicLanguage]
    ? text[language as PublicLanguage]!
    : text.de;
}
