'use client';

import { useId, type InputHTMLAttributes } from 'react';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';
import { RequiredMark } from './required-mark';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  name: string;
  label: string;
  /** A fixed id (e.g. to link to the field from an error summary); generated otherwise. */
  id?: string;
  /** Shows a visible '*' after the label (the input's `required` tells assistive technology). */
  markRequired?: boolean;
  error?: string;
  hint?: string;
}

export function CheckboxField({ name, label, id: fixedId, markRequired, error, hint, ...rest }: CheckboxFieldProps) {
  const generatedId = useId();
  const id = fixedId ?? `${generatedId}-${name}`;
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id} className="checkbox">
        <input id={id} name={name} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
        {label}
        <RequiredMark show={markRequired} />
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
