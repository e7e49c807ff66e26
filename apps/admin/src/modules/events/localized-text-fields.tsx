'use client';

import { useTranslations } from 'next-intl';
import { PUBLIC_LANGUAGES, type LocalizedText } from '@wir/shared';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';

interface LocalizedTextFieldsProps {
  /** Form field prefix: inputs are named `${name}.de`, `${name}.en`, … */
  name: string;
  legend: string;
  defaultValue?: Partial<LocalizedText>;
  /** German is required (titles) or may stay empty (descriptions). */
  germanRequired?: boolean;
  multiline?: boolean;
  maxLength: number;
  error?: string;
}

/** One input per participant language; German first, the others optional (German is the fallback). */
export function LocalizedTextFields({
  name,
  legend,
  defaultValue,
  germanRequired,
  multiline,
  maxLength,
  error,
}: LocalizedTextFieldsProps) {
  const tLang = useTranslations('shell.languageNames');
  return (
    <fieldset className="field localized-text">
      <legend>{legend}</legend>
      {PUBLIC_LANGUAGES.map((code) => {
        const common = {
          name: `${name}.${code}`,
          label: tLang(code),
          lang: code,
          dir: code === 'ar' ? 'rtl' : undefined,
          defaultValue: defaultValue?.[code] ?? '',
          maxLength,
          error: code === 'de' ? error : undefined,
        } as const;
        const required = code === 'de' && germanRequired;
        return multiline ? (
          <TextAreaField key={code} {...common} required={required} markRequired={required} rows={3} />
        ) : (
          <TextField key={code} {...common} required={required} markRequired={required} optional={code !== 'de'} />
        );
      })}
    </fieldset>
  );
}

/** Reads the inputs of LocalizedTextFields; translations left empty are not sent. */
export function localizedTextOf(data: FormData, name: string): LocalizedText {
  const read = (code: string) => {
    const value = data.get(`${name}.${code}`);
    return typeof value === 'string' ? value.trim() : '';
  };
  const text: LocalizedText = { de: read('de') };
  for (const code of PUBLIC_LANGUAGES) {
    if (code !== 'de' && read(code)) text[code] = read(code);
  }
  return text;
}
