'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { MeasureDetail } from '@wir/shared';
import { SelectField } from '@/modules/ui/select-field';
import { ValueGrid, type GridMode } from './value-grid';

/**
 * Targets and actual values of one indicator at a time, period by municipality, typed from the
 * keyboard. Coordinators write; finance reads the same grid with the history of corrections.
 */
export function ValueGridSection({
  measure,
  canWrite,
  asOf,
}: {
  measure: MeasureDetail;
  canWrite: boolean;
  asOf: string | undefined;
}) {
  const t = useTranslations('valueGrid');
  const modeName = useId();
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [mode, setMode] = useState<GridMode>('targets');
  const indicator = measure.indicators.find((i) => i.id === chosenId) ?? measure.indicators[0];

  return (
    <section id="werte" className="panel" aria-labelledby="value-grid-heading">
      <h2 id="value-grid-heading">{canWrite ? t('title') : t('titleReadOnly')}</h2>
      {!indicator ? (
        <p>{t('noIndicators')}</p>
      ) : (
        <>
          <div className="form form--inline value-grid__controls">
            <SelectField
              name="gridIndicator"
              label={t('indicator')}
              value={String(indicator.id)}
              onChange={(e) => setChosenId(Number(e.currentTarget.value))}
              options={measure.indicators.map((i) => ({ value: String(i.id), label: i.name }))}
            />
            <fieldset className="field">
              <legend>{t('mode')}</legend>
              <div className="checkbox-group">
                {(['targets', 'values'] as const).map((m) => (
                  <label key={m} className="checkbox">
                    <input type="radio" name={modeName} value={m} checked={mode === m} onChange={() => setMode(m)} />
                    {t(`modes.${m}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
          <ValueGrid
            key={`${indicator.id}-${mode}`}
            measure={measure}
            indicator={indicator}
            mode={mode}
            canWrite={canWrite}
            asOf={asOf}
          />
        </>
      )}
    </section>
  );
}
