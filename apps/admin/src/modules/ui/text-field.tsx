'use client';

import type { InputHTMLAttributes } from 'react';
import { useTranslations } from 'next-intl';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

interface TextFieldProps
  extends LabelledFieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, keyof LabelledFieldProps> {
  optional?: boolean;
}

export function TextField({
  name,
  label,
  id,
  markRequired,
  hint,
  error,
  hideLabel,
  optional,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const t = useTranslations('common');
  return (
    <LabelledField
      {...{ name, label, id, markRequired, hint, error, hideLabel }}
      labelSuffix={optional ? <span className="field__hint"> ({t('optional')})</span> : null}
    >
      {(controlProps) => <input {...controlProps} type={type} {...rest} />}
    </LabelledField>
  );
}
