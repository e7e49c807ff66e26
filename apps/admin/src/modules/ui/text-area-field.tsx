'use client';

import type { TextareaHTMLAttributes } from 'react';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

type TextAreaFieldProps = LabelledFieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof LabelledFieldProps>;

export function TextAreaField({
  name,
  label,
  id,
  markRequired,
  hint,
  error,
  hideLabel,
  rows = 3,
  ...rest
}: TextAreaFieldProps) {
  return (
    <LabelledField {...{ name, label, id, markRequired, hint, error, hideLabel }}>
      {(controlProps) => <textarea {...controlProps} rows={rows} {...rest} />}
    </LabelledField>
  );
}
