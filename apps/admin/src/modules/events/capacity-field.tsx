'use client';

import { useTranslations } from 'next-intl';
import { formatGermanNumber } from '@wir/shared';
import { TextField } from '@/modules/ui/text-field';

/** The seats of an event or a workshop, typed the German way ("1.200"); read with germanIntegerOf. */
export function CapacityField({ capacity, error }: { capacity?: number; error?: string }) {
  const t = useTranslations('events');
  return (
    <TextField
      name="capacity"
      inputMode="numeric"
      autoComplete="off"
      label={t('capacity')}
      defaultValue={capacity === undefined ? undefined : formatGermanNumber(capacity)}
      required
      markRequired
      error={error}
    />
  );
}
