'use client';

import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage, type Question } from '@wir/shared';
import { FieldError } from '@/modules/ui/field-error';
import { RequiredMark } from '@/modules/ui/required-mark';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';

/** One of the event's own questions: free text, a choice (select) or yes/no (two radios). */
export function QuestionField({ question, id, error }: { question: Question; id: string; error?: string }) {
  const t = useTranslations('registrationForm');
  const locale = useLocale();
  const name = `answers.${question.key}`;
  const label = pickLanguage(question.label, locale);

  if (question.kind === 'text') {
    return (
      <TextField
        id={id}
        name={name}
        label={label}
        required={question.required}
        markRequired={question.required}
        optional={!question.required}
        error={error}
      />
    );
  }
  if (question.kind === 'choice') {
    const options = (question.options ?? []).map((option) => ({
      value: option.value,
      label: pickLanguage(option.label, locale),
    }));
    return (
      <SelectField
        id={id}
        name={name}
        label={label}
        required={question.required}
        markRequired={question.required}
        defaultValue=""
        options={[{ value: '', label: t('choose') }, ...options]}
        error={error}
      />
    );
  }
  const errorId = `${id}-error`;
  return (
    <fieldset className="field" aria-describedby={error ? errorId : undefined}>
      <legend>
        {label}
        <RequiredMark show={question.required} />
      </legend>
      <div className="checkbox-group">
        <label className="checkbox">
          <input
            id={id}
            type="radio"
            name={name}
            value="yes"
            required={question.required}
            aria-invalid={error ? true : undefined}
          />
          {t('yes')}
        </label>
        <label className="checkbox">
          <input type="radio" name={name} value="no" aria-invalid={error ? true : undefined} />
          {t('no')}
        </label>
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
