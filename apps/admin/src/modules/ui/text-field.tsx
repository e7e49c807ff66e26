'use client';

import type { InputHTMLAttributes } from 'react';
import { splitFieldProps } from './field-props.util';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

type TextFieldProps = LabelledFieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, keyof LabelledFieldProps>;

export function TextField({ type = 'text', ...props }: TextFieldProps) {
  const [frame, control] = splitFieldProps(props);
  return (
    <LabelledField {...frame}>{(controlProps) => <input {...controlProps} type={type} {...control} />}</LabelledField>
  );
}
