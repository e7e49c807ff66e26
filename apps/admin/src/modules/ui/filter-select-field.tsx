'use client';

import type { ComponentProps } from 'react';
import { SelectField } from './select-field';

type FilterSelectFieldProps = Omit<ComponentProps<typeof SelectField>, 'defaultValue' | 'options'> & {
  /** The first option, which sets no filter ("Alle"). */
  allLabel: string;
  options: { value: string; label: string }[];
  /** The filter as it stands (none: the first option). */
  current: string | number | undefined;
};

/** A filter form's select: "all" first, then the options; starts at the current filter. */
export function FilterSelectField({ allLabel, options, current, ...props }: FilterSelectFieldProps) {
  return (
    <SelectField
      {...props}
      defaultValue={current === undefined ? '' : String(current)}
      options={[{ value: '', label: allLabel }, ...options]}
    />
  );
}
