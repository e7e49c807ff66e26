'use client';

import { useId, type TextareaHTMLAttributes } from 'react';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  hideLabel?: boolean;
}

export function TextAreaField({ name, label, hint, error, hideLabel, rows = 3, ...rest }: TextAreaFieldProps) {
  const id = `${useId()}-${name}`;
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      <textarea id={id} name={name} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
