'use client';

import type { InputHTMLAttributes } from 'react';
import { FieldError } from './field-error';
import { FieldHint } from './field-hint';
import type { LabelledFieldProps } from './labelled-field';
import { RequiredMark } from './required-mark';
import { useFieldControl } from './use-field-control';

type CheckboxFieldProps = Omit<LabelledFieldProps, 'hideLabel' | 'optional'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | keyof LabelledFieldProps>;

export function CheckboxField({ name, label, id: fixedId, markRequired, error, hint, ...rest }: CheckboxFieldProps) {
  const { id, hintId, errorId, controlProps } = useFieldControl(name, fixedId, hint, error);
  return (
    <div className="field">
      <label htmlFor={id} className="checkbox">
        <input {...controlProps} type="checkbox" {...rest} />
        {label}
        <RequiredMark show={markRequired} />
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
