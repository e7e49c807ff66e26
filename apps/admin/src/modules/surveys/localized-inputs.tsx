'use client';

import { useTranslations } from 'next-intl';
import { PUBLIC_LANGUAGES, type PublicLanguage } from '@wir/shared';
import { RequiredMark } from '@/modules/ui/required-mark';

export type LocalizedDraft = Partial<Record<PublicLanguage, string>>;

/** One text in the four public languages; German first (required where `required`), Arabic typed right-to-left. */
export function LocalizedInputs({
  id,
  legend,
  value,
  onChange,
  required = false,
  multiline = false,
  error,
}: {
  id: string;
  legend: string;
  value: LocalizedDraft | undefined;
  onChange(value: LocalizedDraft): void;
  required?: boolean;
  multiline?: boolean;
  error?: string;
}) {
  const t = useTranslations('shell.languageNames');
  const current = value ?? {};
  return (
    <fieldset className="field localized-inputs" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend}
        <RequiredMark show={required} />
      </legend>
      {PUBLIC_LANGUAGES.map((language) => {
        const inputId = `${id}-${language}`;
        const common = {
          id: inputId,
          lang: language,
          dir: language === 'ar' ? ('rtl' as const) : ('ltr' as const),
          value: current[language] ?? '',
          required: required && language === 'de',
          'aria-invalid': error && language === 'de' ? true : undefined,
          onChange: (e: { target: { value: string } }) => onChange({ ...current, [language]: e.target.value }),
        };
        return (
          <div key={language} className="localized-inputs__row">
            <label htmlFor={inputId}>{t(language)}</label>
            {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
          </div>
        );
      })}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The draft as the API takes it: blank translations left out (German stays, even empty, for the API to judge). */
export function cleanLocalized(value: LocalizedDraft | undefined): {
  de: string;
  en?: string;
  tr?: string;
  ar?: string;
} {
  const out: { de: string; en?: string; tr?: string; ar?: string } = { de: (value?.de ?? '').trim() };
  for (const language of ['en', 'tr', 'ar'] as const) {
    const text = (value?.[language] ?? '').trim();
    if (text) out[language] = text;
  }
  return out;
}
