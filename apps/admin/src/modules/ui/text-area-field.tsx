'use client';

import { useId, type TextareaHTMLAttributes } from 'react';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';
import { RequiredMark } from './required-mark';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  /** A fixed id (e.g. to link to the field from an error summary); generated otherwise. */
  id?: string;
  /** Shows a visible '*' after the label (the input's `required` tells assistive technology). */
  markRequired?: boolean;
  hint?: string;
  error?: string;
  hideLabel?: boolean;
}

export function TextAreaField({ name, label, id: fixedId, markRequired, hint, error, hideLabel, rows = 3, ...rest }: TextAreaFieldProps) {
  const generatedId = useId();
  const id = fixedId ?? `${generatedId}-${name}`;
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        <RequiredMark show={markRequired} />
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
