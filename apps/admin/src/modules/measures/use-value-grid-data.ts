'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { periodsBetween, type Indicator, type MeasureDetail } from '@wir/shared';
import { useMunicipalities } from '@/modules/master-data/master-data-queries';
import { useIndicatorValues, useMeasureProgress } from './measures-queries';
import { gridKeyOf, type GridColumn } from './value-grid-cells.util';
import type { GridMode } from './value-grid';

/** What the grid of one indicator shows: its periods, columns, targets, current and computed values, and the value history. */
export function useValueGridData(
  measure: MeasureDetail,
  indicator: Indicator,
  mode: GridMode,
  asOf: string | undefined,
) {
  const t = useTranslations('valueGrid');
  const municipalities = useMunicipalities();
  const manual = indicator.source.kind === 'manual';
  const values = useIndicatorValues(measure.id, indicator.id, mode === 'values' && manual);
  const progress = useMeasureProgress(measure.id, asOf, mode === 'values');

  const periods = useMemo(
    () => periodsBetween(measure.reportingInterval, measure.periodStart, measure.periodEnd).map((p) => p.period),
    [measure.reportingInterval, measure.periodStart, measure.periodEnd],
  );
  const targets = useMemo(
    () => new Map(indicator.targets.map((x) => [gridKeyOf(x.period, x.municipalityId), x.value])),
    [indicator.targets],
  );
  const entries = useMemo(() => values.data ?? [], [values.data]);
  const current = useMemo(
    () => new Map(entries.filter((e) => e.current).map((e) => [gridKeyOf(e.period, e.municipalityId), e])),
    [entries],
  );
  const computed = useMemo(() => {
    const rows = progress.data?.indicators.find((i) => i.indicatorId === indicator.id)?.rows ?? [];
    return new Map(rows.filter((r) => r.period !== null).map((r) => [gridKeyOf(r.period!, r.municipalityId), r]));
  }, [progress.data, indicator.id]);

  /**
   * The district, then the measure's municipalities (all of them for a district-wide measure), then any
   * other municipality a target, value or computed row names (e.g. people from the district-wide entry).
   */
  const columns: GridColumn[] = useMemo(() => {
    const district: GridColumn = { municipalityId: null, label: t('district') };
    if (!indicator.byMunicipality) return [district];
    const all = municipalities.data ?? [];
    const chosen = all.filter(
      (m) => !m.districtWide && (measure.municipalityIds.length === 0 || measure.municipalityIds.includes(m.id)),
    );
    const named = new Set<number>();
    for (const key of [...targets.keys(), ...current.keys(), ...computed.keys()]) {
      const id = key.split('|')[1];
      if (id) named.add(Number(id));
    }
    const extra = all.filter((m) => named.has(m.id) && !chosen.includes(m));
    return [district, ...[...chosen, ...extra].map((m) => ({ municipalityId: m.id, label: m.name }))];
  }, [indicator.byMunicipality, measure.municipalityIds, municipalities.data, targets, current, computed, t]);

  return {
    manual,
    periods,
    columns,
    targets,
    entries,
    current,
    computed,
    isPending:
      (mode === 'values' && manual && values.isPending) || (indicator.byMunicipality && municipalities.isPending),
    error: values.error ?? municipalities.error,
  };
}
