'use client';

import { useId, type InputHTMLAttributes } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError } from './field-error';
import { fieldIds } from './field-ids.util';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  hideLabel?: boolean;
  optional?: boolean;
}

export function TextField({ name, label, hint, error, hideLabel, optional, type = 'text', ...rest }: TextFieldProps) {
  const t = useTranslations('common');
  const id = `${useId()}-${name}`;
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
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
