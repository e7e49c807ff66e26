'use client';

import type { ComponentProps } from 'react';
import { SelectField } from '@/modules/ui/select-field';
import { entryOptions, placesOf } from './entry-options.util';
import { useActionFields, useMunicipalities } from './master-data-queries';

type FilterFieldProps = Omit<ComponentProps<typeof SelectField>, 'options'> & {
  /** The option without a value, first ("all"). */
  first: string;
};

/** A list's filter by place: the municipalities but the district-wide entry. */
export function PlaceFilterField({ first, ...props }: FilterFieldProps) {
  const municipalities = useMunicipalities();
  return <SelectField {...props} options={entryOptions(placesOf(municipalities.data), first)} />;
}

/** A list's filter by action field. */
export function ActionFieldFilterField({ first, ...props }: FilterFieldProps) {
  const actionFields = useActionFields();
  return <SelectField {...props} options={entryOptions(actionFields.data, first)} />;
}
