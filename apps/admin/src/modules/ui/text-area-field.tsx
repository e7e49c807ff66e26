'use client';

import type { TextareaHTMLAttributes } from 'react';
import { splitFieldProps } from './field-props.util';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

type TextAreaFieldProps = LabelledFieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof LabelledFieldProps>;

export function TextAreaField({ rows = 3, ...props }: TextAreaFieldProps) {
  const [frame, control] = splitFieldProps(props);
  return (
    <LabelledField {...frame}>
      {(controlProps) => <textarea {...controlProps} rows={rows} {...control} />}
    </LabelledField>
  );
}
