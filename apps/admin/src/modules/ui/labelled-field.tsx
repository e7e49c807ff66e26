'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { FieldError } from './field-error';
import { FieldHint } from './field-hint';
import { RequiredMark } from './required-mark';
import { useFieldControl } from './use-field-control';

/** What every labelled field (text, text area, select, date, date and time) takes besides its control's own attributes. */
export interface LabelledFieldProps {
  name: string;
  label: string;
  /** A fixed id (e.g. to link to the field from an error summary); generated otherwise. */
  id?: string;
  /** Shows a visible '*' after the label (the input's `required` tells assistive technology). */
  markRequired?: boolean;
  hint?: string;
  error?: string;
  hideLabel?: boolean;
  /** Says "(optional)" after the label. */
  optional?: boolean;
}

type ControlProps = ReturnType<typeof useFieldControl>['controlProps'];

/** Label, hint, control and error of one field; `children` renders the control with the given ids and aria attributes. */
export function LabelledField({
  name,
  label,
  id: fixedId,
  markRequired,
  hint,
  error,
  hideLabel,
  optional,
  children,
}: LabelledFieldProps & { children: (controlProps: ControlProps) => ReactNode }) {
  const t = useTranslations('common');
  const { id, hintId, errorId, controlProps } = useFieldControl(name, fixedId, hint, error);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        <RequiredMark show={markRequired} />
        {optional ? <span className="field__hint"> ({t('optional')})</span> : null}
      </label>
      <FieldHint id={hintId} hint={hint} />
      {children(controlProps)}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
