'use client';

import { useTranslations } from 'next-intl';
import { PUBLIC_LANGUAGES, type PublicLanguage } from '@wir/shared';
import { TextField } from '@/modules/ui/text-field';
import type { TextDraft } from './question-drafts.util';

interface QuestionLabelInputsProps {
  legend: string;
  value: TextDraft;
  onChange: (code: PublicLanguage, text: string) => void;
  maxLength: number;
  /** Errors by language ('de' also takes an error of the whole text). */
  errorOf: (code: PublicLanguage) => string | undefined;
}

/** A question's or an option's text in every language of the public form (German required, Arabic right-to-left). */
export function QuestionLabelInputs({ legend, value, onChange, maxLength, errorOf }: QuestionLabelInputsProps) {
  const tLang = useTranslations('shell.languageNames');
  return (
    <fieldset className="field localized-text">
      <legend>{legend}</legend>
      {PUBLIC_LANGUAGES.map((code) => (
        <TextField
          key={code}
          name={`label.${code}`}
          label={tLang(code)}
          lang={code}
          dir={code === 'ar' ? 'rtl' : undefined}
          value={value[code]}
          onChange={(e) => onChange(code, e.target.value)}
          maxLength={maxLength}
          required={code === 'de'}
          markRequired={code === 'de'}
          optional={code !== 'de'}
          error={errorOf(code)}
        />
      ))}
    </fieldset>
  );
}
