'use client';

import { useTranslations } from 'next-intl';
import { DateTimeField } from '@/modules/ui/date-time-field';
import type { FieldErrors } from '@/modules/ui/use-form-feedback';

/** Beginning and end of an event or a workshop, both required, in Berlin time. */
export function StartEndFields({
  startsAt,
  endsAt,
  errors,
}: {
  startsAt?: string;
  endsAt?: string;
  errors: FieldErrors;
}) {
  const t = useTranslations('events');
  const times = { startsAt, endsAt };
  return (
    <div className="form__row">
      {(['startsAt', 'endsAt'] as const).map((name) => (
        <DateTimeField
          key={name}
          name={name}
          label={t(name)}
          hint={t('berlinTime')}
          defaultValue={times[name]}
          required
          markRequired
          error={errors[name]}
        />
      ))}
    </div>
  );
}
