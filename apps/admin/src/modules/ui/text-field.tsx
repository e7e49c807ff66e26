'use client';

import { useId, type InputHTMLAttributes } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';
import { RequiredMark } from './required-mark';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  /** A fixed id (e.g. to link to the field from an error summary); generated otherwise. */
  id?: string;
  /** Shows a visible '*' after the label (the input's `required` tells assistive technology). */
  markRequired?: boolean;
  hint?: string;
  error?: string;
  hideLabel?: boolean;
  optional?: boolean;
}

export function TextField({ name, label, id: fixedId, markRequired, hint, error, hideLabel, optional, type = 'text', ...rest }: TextFieldProps) {
  const t = useTranslations('common');
  const generatedId = useId();
  const id = fixedId ?? `${generatedId}-${name}`;
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        <RequiredMark show={markRequired} />
        {optional ? <span className="field__hint"> ({t('optional')})</span> : null}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
