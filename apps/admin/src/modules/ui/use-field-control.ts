'use client';

import { useId } from 'react';
import { fieldIds } from './field-ids.util';

/**
 * The id of a form control (fixed, or generated from its name) and the attributes that tie it to
 * its hint and error: spread `controlProps` onto the input, select or textarea.
 */
export function useFieldControl(name: string, fixedId: string | undefined, hint: unknown, error: unknown) {
  const generatedId = useId();
  const id = fixedId ?? `${generatedId}-${name}`;
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  const controlProps = { id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  return { id, hintId, errorId, controlProps };
}
