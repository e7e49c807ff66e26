'use client';

import type { SelectHTMLAttributes } from 'react';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

interface SelectFieldProps
  extends LabelledFieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, keyof LabelledFieldProps> {
  options: { value: string; label: string }[];
}

export function SelectField({
  name,
  label,
  id,
  markRequired,
  options,
  hint,
  error,
  hideLabel,
  ...rest
}: SelectFieldProps) {
  return (
    <LabelledField {...{ name, label, id, markRequired, hint, error, hideLabel }}>
      {(controlProps) => (
        <select {...controlProps} {...rest}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
