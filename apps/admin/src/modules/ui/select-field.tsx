'use client';

import { useId, type SelectHTMLAttributes } from 'react';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';
import { RequiredMark } from './required-mark';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  /** A fixed id (e.g. to link to the field from an error summary); generated otherwise. */
  id?: string;
  /** Shows a visible '*' after the label (the input's `required` tells assistive technology). */
  markRequired?: boolean;
  options: { value: string; label: string }[];
  hint?: string;
  error?: string;
  hideLabel?: boolean;
}

export function SelectField({ name, label, id: fixedId, markRequired, options, hint, error, hideLabel, ...rest }: SelectFieldProps) {
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
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
