'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import type { IndicatorUnit } from '@wir/shared';
import { TextField } from '@/modules/ui/text-field';
import { useFormatIndicatorValue } from './use-indicator-labels';
import type { GridCorrection } from './value-grid-cells.util';

interface ValueGridCorrectionFormProps {
  correction: GridCorrection;
  unit: IndicatorUnit;
  pending: boolean;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
}

/** The reason (and evidence) for replacing a cell's recorded actual value; the old entry stays in the history. */
export function ValueGridCorrectionForm({
  correction,
  unit,
  pending,
  onSubmit,
  onCancel,
}: ValueGridCorrectionFormProps) {
  const t = useTranslations('valueGrid');
  const tc = useTranslations('common');
  const formatValue = useFormatIndicatorValue();
  return (
    <form
      className="form correction-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('correctionTitle', { cell: correction.cellLabel })}
    >
      <h3>{t('correctionTitle', { cell: correction.cellLabel })}</h3>
      <p>
        {t('correctionChange', {
          old: formatValue(unit, correction.current.value),
          value: formatValue(unit, correction.value),
          name: correction.current.recordedBy.name,
        })}
      </p>
      {/* The reason is what the correction is about: the focus goes there at once. */}
      <TextField
        name="reason"
        label={t('reason')}
        hint={t('reasonHint')}
        required
        markRequired
        maxLength={500}
        autoFocus
      />
      <TextField name="evidence" label={t('evidence')} hint={t('evidenceHint')} maxLength={500} optional />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? tc('saving') : t('saveCorrection')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {tc('cancel')}
        </button>
      </div>
    </form>
  );
}
