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
  return (
    <div className="form__row">
      <DateTimeField
        name="startsAt"
        label={t('startsAt')}
        hint={t('berlinTime')}
        defaultValue={startsAt}
        required
        markRequired
        error={errors.startsAt}
      />
      <DateTimeField
        name="endsAt"
        label={t('endsAt')}
        hint={t('berlinTime')}
        defaultValue={endsAt}
        required
        markRequired
        error={errors.endsAt}
      />
    </div>
  );
}
