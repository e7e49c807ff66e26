'use client';

import { useTranslations } from 'next-intl';
import { useState, type InputHTMLAttributes } from 'react';
import { isoToGermanDateTimeInput } from '@wir/shared';
import { dateTimeFieldProblem } from './date-time-field.util';
import { splitFieldProps } from './field-props.util';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

interface DateTimeFieldProps
  extends
    Omit<LabelledFieldProps, 'hint'>,
    Omit<
      InputHTMLAttributes<HTMLInputElement>,
      keyof LabelledFieldProps | 'type' | 'defaultValue' | 'pattern' | 'placeholder'
    > {
  /** An instant as ISO text; shown as "29.01.2027, 09:00" in Berlin time. */
  defaultValue?: string | null;
  /** Said after the format ("TT.MM.JJJJ, HH:MM"), e.g. that it is Berlin time. */
  hint?: string;
}

/**
 * A date and time typed the German way, "29.01.2027, 09:00" (Berlin), whatever the browser's language:
 * a plain text input instead of datetime-local, which follows the browser's locale. Read it with
 * germanDateTimeToIso; a value it cannot read is named right at the field when leaving it.
 */
export function DateTimeField({ defaultValue, required, onBlur, onChange, ...props }: DateTimeFieldProps) {
  const [frame, control] = splitFieldProps(props);
  const t = useTranslations('dateTimeField');
  const [problem, setProblem] = useState<'missing' | 'format' | null>(null);
  const formatHint = frame.hint ? `${t('hint')} · ${frame.hint}` : t('hint');
  return (
    <LabelledField {...frame} hint={formatHint} error={frame.error ?? (problem ? t(problem) : undefined)}>
      {(controlProps) => (
        <input
          {...controlProps}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('placeholder')}
          pattern="\d{1,2}\.\d{1,2}\.\d{2,4},? \d{1,2}:\d{2}"
          required={required}
          defaultValue={control.value === undefined ? isoToGermanDateTimeInput(defaultValue) : undefined}
          onBlur={(e) => {
            setProblem(dateTimeFieldProblem(e.currentTarget.value, Boolean(required)));
            onBlur?.(e);
          }}
          onChange={(e) => {
            if (problem && !dateTimeFieldProblem(e.currentTarget.value, Boolean(required))) setProblem(null);
            onChange?.(e);
          }}
          {...control}
        />
      )}
    </LabelledField>
  );
}
