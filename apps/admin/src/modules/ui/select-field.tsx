'use client';

import type { SelectHTMLAttributes } from 'react';
import { splitFieldProps } from './field-props.util';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

interface SelectFieldProps
  extends LabelledFieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, keyof LabelledFieldProps> {
  options: { value: string; label: string }[];
}

export function SelectField({ options, ...props }: SelectFieldProps) {
  const [frame, control] = splitFieldProps(props);
  return (
    <LabelledField {...frame}>
      {(controlProps) => (
        <select {...controlProps} {...control}>
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
