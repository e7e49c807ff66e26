'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Indicator, MeasureDetail } from '@wir/shared';
import { QueryState } from '@/modules/ui/query-state';
import { useFormatIndicatorValue, usePeriodLabel } from './use-indicator-labels';
import { useValueGridData } from './use-value-grid-data';
import { useValueGridEditing } from './use-value-grid-editing';
import { gridKeyOf, type GridColumn } from './value-grid-cells.util';
import { ValueGridCorrectionForm } from './value-grid-correction-form';
import { ValueGridInputCell } from './value-grid-input-cell';
import { ValueGridReadCell } from './value-grid-read-cell';
import { ValueHistory } from './value-history';

export type GridMode = 'targets' | 'values';

interface ValueGridProps {
  measure: MeasureDetail;
  indicator: Indicator;
  mode: GridMode;
  canWrite: boolean;
  asOf: string | undefined;
}

/**
 * The keyboard-first grid of one indicator: periods down, the district and (by-municipality
 * indicators) the municipalities across. Numbers are typed the German way ("1.234,5"); Enter saves,
 * Tab moves on, arrow up/down change the row, Escape drops the typing. A changed actual value is a
 * correction that needs a reason; the history of the focused cell is shown below the grid.
 */
export function ValueGrid({ measure, indicator, mode, canWrite, asOf }: ValueGridProps) {
  const t = useTranslations('valueGrid');
  const ti = useTranslations('indicators');
  const hintId = useId();
  const periodLabel = usePeriodLabel();
  const formatValue = useFormatIndicatorValue();
  const data = useValueGridData(measure, indicator, mode, asOf);
  const { manual, periods, columns, targets, entries, current, computed } = data;
  const [selected, setSelected] = useState<string | null>(null);
  const unit = indicator.unit;
  // A district figure of a summing by-municipality indicator is the API's sum of the municipalities.
  const districtIsSum = (column: GridColumn) =>
    column.municipalityId === null && indicator.byMunicipality && indicator.aggregation === 'sum';
  const modeLabel = mode === 'targets' ? t('targetCell') : t('actualCell');
  const cellLabel = (period: string, column: GridColumn) =>
    t('cellLabel', { kind: modeLabel, period: periodLabel(period), column: column.label });
  const edit = useValueGridEditing({ indicator, mode, data, cellLabel });

  /** A cell takes typing when the user writes and the API accepts a value there. */
  const editable = (column: GridColumn) => canWrite && (mode === 'targets' || (manual && !districtIsSum(column)));
  const shownValue = (key: string, column: GridColumn) =>
    mode === 'targets'
      ? targets.get(key)
      : manual && !districtIsSum(column)
        ? current.get(key)?.value
        : computed.get(key)?.actual;

  const selectedColumn = selected
    ? columns.find((c) => String(c.municipalityId ?? '') === selected.split('|')[1])
    : undefined;
  const selectedPeriod = selected?.split('|')[0];
  const historyLabel =
    selectedColumn && selectedPeriod
      ? t('cellLabel', { kind: t('actualCell'), period: periodLabel(selectedPeriod), column: selectedColumn.label })
      : null;
  const showHistory = mode === 'values' && manual;

  return (
    <div className="value-grid">
      <p id={hintId} className="field__hint">
        {t('unitHint', { unit: ti(`units.${unit}`), example: ti(`inputHints.${unit}`) })}{' '}
        {canWrite && (mode === 'targets' || manual) ? (mode === 'targets' ? t('keysTargets') : t('keysValues')) : null}
      </p>
      {mode === 'values' && !manual ? (
        <p className="notice">{t('computed', { source: ti(`sources.${indicator.source.kind}`) })}</p>
      ) : null}
      {mode === 'values' && manual && indicator.byMunicipality && indicator.aggregation === 'sum' ? (
        <p className="field__hint">{t('districtIsSum')}</p>
      ) : null}
      <QueryState isPending={data.isPending} error={data.error} />
      <div className="table-wrap">
        <table className="value-grid__table" aria-describedby={hintId} aria-busy={edit.busy || undefined}>
          <caption>
            {mode === 'targets'
              ? t('captionTargets', { name: indicator.name })
              : t('captionValues', { name: indicator.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              {columns.map((column) => (
                <th key={column.municipalityId ?? 'district'} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period, row) => (
              <tr key={period}>
                <th scope="row">{periodLabel(period)}</th>
                {columns.map((column, col) => {
                  const key = gridKeyOf(period, column.municipalityId);
                  const label = cellLabel(period, column);
                  const history = entries.filter((e) => gridKeyOf(e.period, e.municipalityId) === key);
                  const corrected = history.length > 1;
                  if (!editable(column)) {
                    return (
                      <ValueGridReadCell
                        key={key}
                        text={formatValue(unit, shownValue(key, column))}
                        label={label}
                        hasHistory={showHistory && history.length > 0}
                        corrected={corrected}
                        selected={selected === key}
                        onSelect={() => setSelected(key)}
                      />
                    );
                  }
                  return (
                    <ValueGridInputCell
                      key={key}
                      label={label}
                      value={edit.drafts[key] ?? edit.savedText(key)}
                      sample={edit.withSampleSize ? (edit.sampleDrafts[key] ?? edit.savedSample(key)) : undefined}
                      dirty={key in edit.drafts || key in edit.sampleDrafts}
                      invalid={Boolean(edit.errors[key])}
                      readOnly={edit.correction !== null}
                      corrected={corrected}
                      numeric={unit !== 'yes_no'}
                      inputRef={edit.register(key, row, col)}
                      onChange={(text) => edit.setDraft(key, text)}
                      onSampleChange={(text) => edit.setSampleDraft(key, text)}
                      onFocus={() => setSelected(key)}
                      onKeyDown={(e) => edit.keyDown(e, row, col, key, period, column)}
                      onSampleEnter={() => {
                        if (!edit.busy) edit.saveValue(key, period, column);
                      }}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edit.pendingCount > 0 && !edit.correction ? (
        <p className="field__hint">{t('pending', { count: edit.pendingCount })}</p>
      ) : null}
      <div role="alert">{edit.alert ? <p className="alert">{edit.alert}</p> : null}</div>
      <p role="status" className="status">
        {edit.announcement}
      </p>
      {edit.correction ? (
        <ValueGridCorrectionForm
          correction={edit.correction}
          unit={unit}
          pending={edit.savingCorrection}
          onSubmit={edit.saveCorrection}
          onCancel={edit.cancelCorrection}
        />
      ) : null}
      {showHistory && selected && historyLabel ? (
        <ValueHistory
          cellLabel={historyLabel}
          entries={entries.filter((e) => gridKeyOf(e.period, e.municipalityId) === selected)}
          unit={unit}
          showSampleSize={indicator.aggregation === 'avg'}
        />
      ) : null}
      {showHistory && !selected ? (
        <p className="field__hint">{canWrite ? t('historyHintWriter') : t('historyHintReader')}</p>
      ) : null}
      {mode === 'targets' ? <p className="field__hint">{t('targetsHistoryHint')}</p> : null}
    </div>
  );
}
