'use client';

import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { periodsBetween, type Indicator, type IndicatorValue, type MeasureDetail } from '@wir/shared';
import { useMunicipalities } from '@/modules/master-data/master-data-queries';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { textOf } from '@/modules/ui/form-data.util';
import { QueryState } from '@/modules/ui/query-state';
import { TextField } from '@/modules/ui/text-field';
import { parseIndicatorInput, valueToInput, type ParsedValue } from './indicator-value-input.util';
import { useAddIndicatorValue, useIndicatorValues, useMeasureProgress, usePutTargets } from './measures-queries';
import { useFormatIndicatorValue, usePeriodLabel } from './use-indicator-labels';
import { ValueHistory } from './value-history';

export type GridMode = 'targets' | 'values';

type Column = { municipalityId: number | null; label: string };

/** A cell: one period and one municipality (null: the district as a whole). */
const keyOf = (period: string, municipalityId: number | null) => `${period}|${municipalityId ?? ''}`;

/** A pending correction: the cell's current entry is superseded by a new value once a reason is given. */
type Correction = { key: string; period: string; municipalityId: number | null; cellLabel: string; current: IndicatorValue; value: number; sampleSize: number | null };

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
  const tc = useTranslations('common');
  const describeError = useDescribeError();
  const hintId = useId();
  const periodLabel = usePeriodLabel();
  const formatValue = useFormatIndicatorValue();
  const municipalities = useMunicipalities();
  const manual = indicator.source.kind === 'manual';
  const values = useIndicatorValues(measure.id, indicator.id, mode === 'values' && manual);
  const progress = useMeasureProgress(measure.id, asOf, mode === 'values');
  const putTargets = usePutTargets();
  const addValue = useAddIndicatorValue();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [sampleDrafts, setSampleDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [correction, setCorrection] = useState<Correction | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const yesNo = { yes: tc('yes'), no: tc('no') };
  const unit = indicator.unit;
  const withSampleSize = mode === 'values' && manual && indicator.aggregation === 'avg';
  const busy = putTargets.isPending || addValue.isPending;

  const periods = useMemo(
    () => periodsBetween(measure.reportingInterval, measure.periodStart, measure.periodEnd).map((p) => p.period),
    [measure.reportingInterval, measure.periodStart, measure.periodEnd],
  );
  const targets = useMemo(() => new Map(indicator.targets.map((x) => [keyOf(x.period, x.municipalityId), x.value])), [indicator.targets]);
  const entries = values.data ?? [];
  const current = useMemo(() => new Map(entries.filter((e) => e.current).map((e) => [keyOf(e.period, e.municipalityId), e])), [entries]);
  const computed = useMemo(() => {
    const rows = progress.data?.indicators.find((i) => i.indicatorId === indicator.id)?.rows ?? [];
    return new Map(rows.filter((r) => r.period !== null).map((r) => [keyOf(r.period!, r.municipalityId), r]));
  }, [progress.data, indicator.id]);

  /**
   * The district, then the measure's municipalities (all of them for a district-wide measure), then any
   * other municipality a target, value or computed row names (e.g. people from the district-wide entry).
   */
  const columns: Column[] = useMemo(() => {
    const district: Column = { municipalityId: null, label: t('district') };
    if (!indicator.byMunicipality) return [district];
    const all = municipalities.data ?? [];
    const chosen = all.filter((m) => !m.districtWide && (measure.municipalityIds.length === 0 || measure.municipalityIds.includes(m.id)));
    const named = new Set<number>();
    for (const key of [...targets.keys(), ...current.keys(), ...computed.keys()]) {
      const id = key.split('|')[1];
      if (id) named.add(Number(id));
    }
    const extra = all.filter((m) => named.has(m.id) && !chosen.includes(m));
    return [district, ...[...chosen, ...extra].map((m) => ({ municipalityId: m.id, label: m.name }))];
  }, [indicator.byMunicipality, measure.municipalityIds, municipalities.data, targets, current, computed, t]);

  const modeLabel = mode === 'targets' ? t('targetCell') : t('actualCell');
  const cellLabel = (period: string, column: Column) => t('cellLabel', { kind: modeLabel, period: periodLabel(period), column: column.label });

  /** A cell takes typing when the user writes and the API accepts a value there (a district sum is computed from the municipalities). */
  function editable(column: Column): boolean {
    if (!canWrite) return false;
    if (mode === 'targets') return true;
    if (!manual) return false;
    return !(column.municipalityId === null && indicator.byMunicipality && indicator.aggregation === 'sum');
  }

  function savedText(key: string): string {
    if (mode === 'targets') {
      const target = targets.get(key);
      return target === undefined ? '' : valueToInput(unit, target, yesNo);
    }
    const entry = current.get(key);
    return entry ? valueToInput(unit, entry.value, yesNo) : '';
  }

  function problemText(parsed: Extract<ParsedValue, { ok: false }>) {
    return ti(`valueProblems.${parsed.problem}`);
  }

  function say(message: string) {
    setAlert(null);
    setAnnouncement(message);
  }

  function fail(message: string, key?: string, field?: string) {
    setAnnouncement('');
    setAlert(field ? `${field}: ${message}` : message);
    if (key) setErrors((e) => ({ ...e, [key]: message }));
  }

  function clearCell(key: string) {
    setDrafts(({ [key]: _, ...rest }) => rest);
    setSampleDrafts(({ [key]: _, ...rest }) => rest);
    setErrors(({ [key]: _, ...rest }) => rest);
  }

  /** Targets are replaced as a whole: every typed target goes in one request (an emptied cell removes its target). */
  function saveTargets(fromKey: string) {
    const next = new Map(targets);
    const problems: Record<string, string> = {};
    for (const [key, text] of Object.entries(drafts)) {
      if (text.trim() === '') {
        next.delete(key);
        continue;
      }
      const parsed = parseIndicatorInput(unit, text);
      if (parsed.ok) next.set(key, parsed.value);
      else problems[key] = problemText(parsed);
    }
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      const [key, message] = Object.entries(problems)[0]!;
      const [period, id] = key.split('|');
      const column = columns.find((c) => String(c.municipalityId ?? '') === id);
      fail(message, undefined, column ? cellLabel(period!, column) : undefined);
      inputs.current.get(key)?.focus();
      return;
    }
    if (Object.keys(drafts).length === 0) {
      say(t('unchanged'));
      return;
    }
    const body = {
      targets: [...next.entries()].map(([key, value]) => {
        const [period, id] = key.split('|');
        return { period: period!, municipalityId: id ? Number(id) : null, value };
      }),
    };
    putTargets.mutate(
      { id: indicator.id, body },
      {
        onSuccess: () => {
          setDrafts({});
          setErrors({});
          say(t('targetsSaved', { count: body.targets.length }));
          inputs.current.get(fromKey)?.focus();
        },
        onError: (error) => fail(describeError(error)),
      },
    );
  }

  /** An actual value: new in its cell, or (the cell has one) a correction that asks for a reason first. */
  function saveValue(key: string, period: string, column: Column) {
    const label = cellLabel(period, column);
    const text = drafts[key] ?? savedText(key);
    const sampleText = sampleDrafts[key] ?? (current.get(key)?.sampleSize?.toString() ?? '');
    const existing = current.get(key);
    if (text.trim() === '') {
      if (existing) fail(t('noDelete'), key, label);
      else clearCell(key);
      return;
    }
    const parsed = parseIndicatorInput(unit, text);
    if (!parsed.ok) {
      fail(problemText(parsed), key, label);
      return;
    }
    let sampleSize: number | null = null;
    if (withSampleSize && sampleText.trim() !== '') {
      if (!/^\d{1,8}$/.test(sampleText.trim()) || Number(sampleText) < 1) {
        fail(t('sampleSizeInvalid'), key, label);
        return;
      }
      sampleSize = Number(sampleText);
    }
    if (existing && existing.value === parsed.value && existing.sampleSize === (withSampleSize ? sampleSize : existing.sampleSize)) {
      clearCell(key);
      say(t('unchangedCell', { cell: label }));
      return;
    }
    if (existing) {
      setErrors(({ [key]: _, ...rest }) => rest);
      setAlert(null);
      setCorrection({ key, period, municipalityId: column.municipalityId, cellLabel: label, current: existing, value: parsed.value, sampleSize: withSampleSize ? sampleSize : existing.sampleSize });
      return;
    }
    addValue.mutate(
      { id: indicator.id, body: { period, municipalityId: column.municipalityId, value: parsed.value, sampleSize } },
      {
        onSuccess: (saved) => {
          clearCell(key);
          say(t('valueSaved', { cell: label, value: formatValue(unit, saved.value) }));
        },
        onError: (error) => fail(describeError(error), key, label),
      },
    );
  }

  function saveCorrection(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!correction) return;
    const data = new FormData(e.currentTarget);
    const reason = textOf(data, 'reason');
    if (!reason) {
      fail(t('reasonRequired'));
      e.currentTarget.querySelector<HTMLInputElement>('input[name="reason"]')?.focus();
      return;
    }
    const { key, period, municipalityId, current: old, value, sampleSize, cellLabel: label } = correction;
    addValue.mutate(
      { id: indicator.id, body: { period, municipalityId, value, sampleSize, supersedes: old.id, reason, evidence: textOf(data, 'evidence') || undefined } },
      {
        onSuccess: (saved) => {
          clearCell(key);
          setCorrection(null);
          say(t('corrected', { cell: label, old: formatValue(unit, old.value), value: formatValue(unit, saved.value) }));
          requestAnimationFrame(() => inputs.current.get(key)?.focus());
        },
        onError: (error) => fail(describeError(error)),
      },
    );
  }

  function cancelCorrection() {
    if (!correction) return;
    const { key } = correction;
    clearCell(key);
    setCorrection(null);
    say(t('correctionCancelled'));
    requestAnimationFrame(() => inputs.current.get(key)?.focus());
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: string, period: string, column: Column) {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (busy) return;
      if (mode === 'targets') saveTargets(key);
      else saveValue(key, period, column);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      clearCell(key);
      e.currentTarget.value = savedText(key);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const next = inputs.current.get(`@${row + (e.key === 'ArrowDown' ? 1 : -1)}:${col}`);
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  }

  const register = (key: string, row: number, col: number) => (el: HTMLInputElement | null) => {
    if (el) {
      inputs.current.set(key, el);
      inputs.current.set(`@${row}:${col}`, el);
    } else {
      inputs.current.delete(key);
      inputs.current.delete(`@${row}:${col}`);
    }
  };

  const selectedColumn = selected ? columns.find((c) => String(c.municipalityId ?? '') === selected.split('|')[1]) : undefined;
  const selectedPeriod = selected?.split('|')[0];
  const historyLabel = selectedColumn && selectedPeriod ? t('cellLabel', { kind: t('actualCell'), period: periodLabel(selectedPeriod), column: selectedColumn.label }) : null;
  const showHistory = mode === 'values' && manual;
  const pendingCount = Object.keys(drafts).length + Object.keys(sampleDrafts).filter((k) => !(k in drafts)).length;

  return (
    <div className="value-grid">
      <p id={hintId} className="field__hint">
        {t('unitHint', { unit: ti(`units.${unit}`), example: ti(`inputHints.${unit}`) })}{' '}
        {canWrite && (mode === 'targets' || manual) ? (mode === 'targets' ? t('keysTargets') : t('keysValues')) : null}
      </p>
      {mode === 'values' && !manual ? <p className="notice">{t('computed', { source: ti(`sources.${indicator.source.kind}`) })}</p> : null}
      {mode === 'values' && manual && indicator.byMunicipality && indicator.aggregation === 'sum' ? <p className="field__hint">{t('districtIsSum')}</p> : null}
      <QueryState isPending={(mode === 'values' && manual && values.isPending) || (indicator.byMunicipality && municipalities.isPending)} error={values.error ?? municipalities.error} />
      <div className="table-wrap">
        <table className="value-grid__table" aria-describedby={hintId} aria-busy={busy || undefined}>
          <caption>{mode === 'targets' ? t('captionTargets', { name: indicator.name }) : t('captionValues', { name: indicator.name })}</caption>
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
                  const key = keyOf(period, column.municipalityId);
                  const label = cellLabel(period, column);
                  const history = entries.filter((e) => keyOf(e.period, e.municipalityId) === key);
                  const corrected = history.length > 1;
                  if (!editable(column)) {
                    const shown =
                      mode === 'targets' ? targets.get(key) : manual && !(column.municipalityId === null && indicator.byMunicipality && indicator.aggregation === 'sum') ? current.get(key)?.value : computed.get(key)?.actual;
                    return (
                      <td key={key} className="num">
                        {formatValue(unit, shown)}
                        {showHistory && history.length > 0 ? (
                          <button
                            type="button"
                            className="link-button value-grid__history-button"
                            aria-pressed={selected === key}
                            aria-label={t('showHistory', { cell: label })}
                            onClick={() => setSelected(key)}
                          >
                            {corrected ? t('historyCorrected') : t('historyShort')}
                          </button>
                        ) : null}
                      </td>
                    );
                  }
                  const dirty = key in drafts || key in sampleDrafts;
                  return (
                    <td key={key} className={dirty ? 'value-grid__cell value-grid__cell--dirty' : 'value-grid__cell'}>
                      <input
                        ref={register(key, row, col)}
                        type="text"
                        inputMode={unit === 'yes_no' ? 'text' : 'decimal'}
                        autoComplete="off"
                        className="value-grid__input"
                        aria-label={label}
                        aria-invalid={errors[key] ? true : undefined}
                        value={drafts[key] ?? savedText(key)}
                        readOnly={correction !== null}
                        onChange={(e) => {
                          const text = e.currentTarget.value;
                          setDrafts((d) => ({ ...d, [key]: text }));
                        }}
                        onFocus={() => setSelected(key)}
                        onKeyDown={(e) => onKeyDown(e, row, col, key, period, column)}
                      />
                      {withSampleSize ? (
                        <input
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          className="value-grid__sample"
                          aria-label={t('sampleSizeCell', { cell: label })}
                          value={sampleDrafts[key] ?? (current.get(key)?.sampleSize?.toString() ?? '')}
                          readOnly={correction !== null}
                          onChange={(e) => {
                            const text = e.currentTarget.value;
                            setSampleDrafts((d) => ({ ...d, [key]: text }));
                          }}
                          onFocus={() => setSelected(key)}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') {
                              e.preventDefault();
                              if (!busy) saveValue(key, period, column);
                            }
                          }}
                        />
                      ) : null}
                      {corrected ? (
                        <span className="value-grid__mark" title={t('historyCorrected')}>
                          {t('historyCorrected')}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pendingCount > 0 && !correction ? <p className="field__hint">{t('pending', { count: pendingCount })}</p> : null}
      <div role="alert">{alert ? <p className="alert">{alert}</p> : null}</div>
      <p role="status" className="status">
        {announcement}
      </p>

      {correction ? (
        <form className="form correction-form" onSubmit={saveCorrection} noValidate aria-label={t('correctionTitle', { cell: correction.cellLabel })}>
          <h3>{t('correctionTitle', { cell: correction.cellLabel })}</h3>
          <p>
            {t('correctionChange', {
              old: formatValue(unit, correction.current.value),
              value: formatValue(unit, correction.value),
              name: correction.current.recordedBy.name,
            })}
          </p>
          {/* The reason is what the correction is about: the focus goes there at once. */}
          <TextField name="reason" label={t('reason')} hint={t('reasonHint')} required markRequired maxLength={500} autoFocus />
          <TextField name="evidence" label={t('evidence')} hint={t('evidenceHint')} maxLength={500} optional />
          <div className="button-row">
            <button type="submit" className="button" disabled={addValue.isPending}>
              {addValue.isPending ? tc('saving') : t('saveCorrection')}
            </button>
            <button type="button" className="button button--ghost" onClick={cancelCorrection}>
              {tc('cancel')}
            </button>
          </div>
        </form>
      ) : null}

      {showHistory && selected && historyLabel ? (
        <ValueHistory cellLabel={historyLabel} entries={entries.filter((e) => keyOf(e.period, e.municipalityId) === selected)} unit={unit} showSampleSize={indicator.aggregation === 'avg'} />
      ) : null}
      {showHistory && !selected ? <p className="field__hint">{canWrite ? t('historyHintWriter') : t('historyHintReader')}</p> : null}
      {mode === 'targets' ? <p className="field__hint">{t('targetsHistoryHint')}</p> : null}
    </div>
  );
}
