'use client';

import { useId, type SelectHTMLAttributes } from 'react';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: string;
  error?: string;
  hideLabel?: boolean;
}

export function SelectField({ name, label, options, hint, error, hideLabel, ...rest }: SelectFieldProps) {
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
