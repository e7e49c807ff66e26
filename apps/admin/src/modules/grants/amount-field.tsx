'use client';

import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { formatCents, parseGermanAmount } from '@wir/shared';
import { TextField } from '@/modules/ui/text-field';

type AmountFieldProps = Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode'>;

/**
 * An amount typed the German way ("1.234,56", "48316", "12,5"); on leaving the field a valid amount
 * is shown in full ("12,50"), anything else stays as typed for the form to point out.
 */
export function AmountField({ hint, onBlur, ...props }: AmountFieldProps) {
  const t = useTranslations('finance');
  return (
    <TextField
      {...props}
      hint={hint ?? t('amountHint')}
      inputMode="decimal"
      autoComplete="off"
      onBlur={(e) => {
        const cents = parseGermanAmount(e.currentTarget.value);
        if (cents !== null && cents >= 0) e.currentTarget.value = formatCents(cents, false);
        onBlur?.(e);
      }}
    />
  );
}
