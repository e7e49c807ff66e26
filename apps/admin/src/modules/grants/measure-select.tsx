'use client';

import { useTranslations } from 'next-intl';
import { SelectField } from '@/modules/ui/select-field';
import { useGrantMeasures } from './receipts-queries';

interface MeasureSelectProps {
  grantId: number;
  defaultValue?: number | null;
  error?: string;
}

/** The measure an expense was spent on: one of the grant's measures, or none. */
export function MeasureSelect({ grantId, defaultValue = null, error }: MeasureSelectProps) {
  const t = useTranslations('receipts');
  const measures = useGrantMeasures(grantId);
  const items = measures.data?.items ?? [];
  return (
    <SelectField
      name="measureId"
      label={t('measure')}
      hint={measures.isError ? t('measuresUnavailable') : undefined}
      // Remount once the list has arrived, so the stored measure is selected.
      key={measures.isSuccess ? 'loaded' : 'loading'}
      defaultValue={defaultValue === null ? '' : String(defaultValue)}
      options={[
        { value: '', label: t('noMeasure') },
        ...items.map((m) => ({ value: String(m.id), label: `${m.code} ${m.title}` })),
      ]}
      error={error}
    />
  );
}
