'use client';

import { useId, type InputHTMLAttributes } from 'react';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  name: string;
  label: string;
  error?: string;
}

export function CheckboxField({ name, label, error, ...rest }: CheckboxFieldProps) {
  const id = `${useId()}-${name}`;
  const { errorId, describedBy } = fieldIds(id, undefined, error);
  return (
    <div className="field">
      <label htmlFor={id} className="checkbox">
        <input id={id} name={name} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
        {label}
      </label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
