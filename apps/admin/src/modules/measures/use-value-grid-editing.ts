'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Indicator } from '@wir/shared';
import { textOf } from '@/modules/ui/form-data.util';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { parseIndicatorInput, valueToInput, type ParsedValue } from './indicator-value-input.util';
import { useAddIndicatorValue, usePutTargets } from './measures-queries';
import { useFormatIndicatorValue } from './use-indicator-labels';
import type { useValueGridData } from './use-value-grid-data';
import type { GridColumn, GridCorrection } from './value-grid-cells.util';
import type { GridMode } from './value-grid';

interface ValueGridEditingOptions {
  indicator: Indicator;
  mode: GridMode;
  data: ReturnType<typeof useValueGridData>;
  cellLabel: (period: string, column: GridColumn) => string;
}

/**
 * The typing in the grid: drafts per cell, their checks, saving targets (all at once) and actual values
 * (one per cell; a changed one becomes a correction with a reason), the keyboard and the announcements.
 */
export function useValueGridEditing({ indicator, mode, data, cellLabel }: ValueGridEditingOptions) {
  const t = useTranslations('valueGrid');
  const ti = useTranslations('indicators');
  const tc = useTranslations('common');
  const describeError = useDescribeError();
  const formatValue = useFormatIndicatorValue();
  const putTargets = usePutTargets();
  const addValue = useAddIndicatorValue();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [sampleDrafts, setSampleDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [correction, setCorrection] = useState<GridCorrection | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const { targets, current, columns } = data;
  const unit = indicator.unit;
  const yesNo = { yes: tc('yes'), no: tc('no') };
  const withSampleSize = mode === 'values' && data.manual && indicator.aggregation === 'avg';
  const busy = putTargets.isPending || addValue.isPending;

  function savedText(key: string): string {
    const saved = mode === 'targets' ? targets.get(key) : current.get(key)?.value;
    return saved === undefined ? '' : valueToInput(unit, saved, yesNo);
  }
  const savedSample = (key: string) => current.get(key)?.sampleSize?.toString() ?? '';
  const problemText = (parsed: Extract<ParsedValue, { ok: false }>) => ti(`valueProblems.${parsed.problem}`);

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
  function saveValue(key: string, period: string, column: GridColumn) {
    const label = cellLabel(period, column);
    const text = drafts[key] ?? savedText(key);
    const sampleText = sampleDrafts[key] ?? savedSample(key);
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
    if (
      existing &&
      existing.value === parsed.value &&
      existing.sampleSize === (withSampleSize ? sampleSize : existing.sampleSize)
    ) {
      clearCell(key);
      say(t('unchangedCell', { cell: label }));
      return;
    }
    if (existing) {
      setErrors(({ [key]: _, ...rest }) => rest);
      setAlert(null);
      setCorrection({
        key,
        period,
        municipalityId: column.municipalityId,
        cellLabel: label,
        current: existing,
        value: parsed.value,
        sampleSize: withSampleSize ? sampleSize : existing.sampleSize,
      });
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
    const form = new FormData(e.currentTarget);
    const reason = textOf(form, 'reason');
    if (!reason) {
      fail(t('reasonRequired'));
      e.currentTarget.querySelector<HTMLInputElement>('input[name="reason"]')?.focus();
      return;
    }
    const { key, period, municipalityId, current: old, value, sampleSize, cellLabel: label } = correction;
    addValue.mutate(
      {
        id: indicator.id,
        body: {
          period,
          municipalityId,
          value,
          sampleSize,
          supersedes: old.id,
          reason,
          evidence: textOf(form, 'evidence') || undefined,
        },
      },
      {
        onSuccess: (saved) => {
          clearCell(key);
          setCorrection(null);
          say(
            t('corrected', { cell: label, old: formatValue(unit, old.value), value: formatValue(unit, saved.value) }),
          );
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

  /** Enter saves, Escape drops the typing, arrow up/down change the row. */
  function keyDown(
    e: KeyboardEvent<HTMLInputElement>,
    row: number,
    col: number,
    key: string,
    period: string,
    column: GridColumn,
  ) {
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

  return {
    drafts,
    sampleDrafts,
    errors,
    alert,
    announcement,
    correction,
    busy,
    savingCorrection: addValue.isPending,
    withSampleSize,
    pendingCount: Object.keys(drafts).length + Object.keys(sampleDrafts).filter((k) => !(k in drafts)).length,
    savedText,
    savedSample,
    setDraft: (key: string, text: string) => setDrafts((d) => ({ ...d, [key]: text })),
    setSampleDraft: (key: string, text: string) => setSampleDrafts((d) => ({ ...d, [key]: text })),
    saveValue,
    saveCorrection,
    cancelCorrection,
    keyDown,
    register,
  };
}
