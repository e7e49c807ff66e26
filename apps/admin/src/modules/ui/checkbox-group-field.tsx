'use client';

import { useId } from 'react';
import { FieldError } from './field-error';
import { FieldHint } from './field-hint';
import { fieldIds } from './field-ids.util';
import { RequiredMark } from './required-mark';

interface CheckboxGroupFieldProps {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  /** A visible '*' after the legend (the hint says what is required). */
  markRequired?: boolean;
  options: { value: string; label: string }[];
  defaultValues: readonly string[];
  /** Shown instead of the boxes when there is nothing to choose. */
  emptyText?: string;
}

/** A group of checkboxes under one legend, its hint and error tied to the group (several values of one field name). */
export function CheckboxGroupField({
  name,
  legend,
  hint,
  error,
  markRequired,
  options,
  defaultValues,
  emptyText,
}: CheckboxGroupFieldProps) {
  const baseId = useId();
  const { hintId, errorId, describedBy } = fieldIds(baseId, hint, error);
  return (
    <fieldset className="field" aria-describedby={describedBy}>
      <legend>
        {legend}
        <RequiredMark show={markRequired} />
      </legend>
      <FieldHint id={hintId} hint={hint} />
      {options.length === 0 && emptyText ? <p className="field__hint">{emptyText}</p> : null}
      <div className="checkbox-group">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              aria-invalid={error ? true : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
