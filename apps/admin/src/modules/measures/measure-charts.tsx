'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type IndicatorProgress, type IndicatorUnit, type MeasureProgress, type ProgressRow } from '@wir/shared';
import { useMunicipalities } from '@/modules/master-data/master-data-queries';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { barsHeight } from '@/modules/ui/chart-points.util';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
import { SelectField } from '@/modules/ui/select-field';
import { formatAchievement } from './indicator-progress-card';
import { IndicatorStatusBadge } from './indicator-status-badge';
import { useMeasureProgressSuspense } from './measures-queries';
import { useFormatIndicatorValue, usePeriodLabel } from './use-indicator-labels';

/** Target and actual keep 3:1 against white (WCAG 1.4.11); the baseline is a dashed line. */
const COLORS = {
  target: '#5b7fa6',
  actual: CHART_COLORS.primary,
  baseline: CHART_COLORS.waitlisted,
  registered: '#5b7fa6',
  checkedIn: CHART_COLORS.confirmed,
};

/** The charts of one measure's progress (suspends until it is loaded; refetched after every write). */
export function MeasureCharts({ measureId, asOf }: { measureId: number; asOf: string | undefined }) {
  const t = useTranslations('measureCharts');
  const { data: progress } = useMeasureProgressSuspense(measureId, asOf);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const indicator = progress.indicators.find((i) => i.indicatorId === chosenId) ?? progress.indicators[0];

  return (
    <>
      {indicator ? (
        <div className="form form--inline chart-controls">
          <SelectField
            name="chartIndicator"
            label={t('indicator')}
            value={String(indicator.indicatorId)}
            onChange={(e) => setChosenId(Number(e.currentTarget.value))}
            options={progress.indicators.map((i) => ({ value: String(i.indicatorId), label: i.name }))}
          />
        </div>
      ) : (
        <p>{t('noIndicators')}</p>
      )}
      <div className="chart-grid">
        {indicator ? (
          <>
            <ChartPanel id="chart-periods" title={t('periodsTitle', { name: indicator.name })}>
              <PeriodsChart indicator={indicator} />
            </ChartPanel>
            <ChartPanel id="chart-municipalities" title={t('municipalitiesTitle', { name: indicator.name })}>
              <MunicipalitiesChart indicator={indicator} />
            </ChartPanel>
          </>
        ) : null}
        <ChartPanel id="chart-reach" title={t('reachTitle')} wide>
          <ReachChart output={progress.output} />
        </ChartPanel>
      </div>
    </>
  );
}

type Datum = { key: string; label: string; row: ProgressRow };

/** Target and actual as bars side by side, the baseline as a line, and the same rows as a table. */
function TargetActualChart({
  data,
  unit,
  caption,
  labelHeader,
  vertical,
}: {
  data: Datum[];
  unit: IndicatorUnit;
  caption: string;
  labelHeader: string;
  vertical?: boolean;
}) {
  const t = useTranslations('measureCharts');
  const ti = useTranslations('indicators');
  const tc = useTranslations('common');
  const formatValue = useFormatIndicatorValue();
  const baseline = data[0]?.row.baseline ?? null;
  return (
    <>
      <LazyChart
        height={vertical ? barsHeight(data.length, 48, 200) : 300}
        spec={{
          kind: 'cartesian',
          layout: vertical ? 'bars' : 'columns',
          format: unit === 'cents' ? 'euros' : 'decimal',
          axisWidth: vertical ? 160 : 80,
          legend: true,
          rows: data.map((d) => ({ label: d.label, target: d.row.target, actual: d.row.actual })),
          series: [
            { key: 'target', name: ti('target'), color: COLORS.target },
            { key: 'actual', name: ti('actual'), color: COLORS.actual },
          ],
          ...(baseline !== null ? { reference: { value: baseline, color: COLORS.baseline, dash: '4 4' } } : {}),
        }}
      />
      {baseline !== null ? (
        <p className="field__hint">{t('baselineLine', { value: formatValue(unit, baseline) })}</p>
      ) : null}
      <FiguresTable
        caption={caption}
        head={[labelHeader, ti('baseline'), ti('target'), ti('actual'), ti('achievement'), ti('status')]}
        rows={data.map((d) => ({
          key: d.key,
          cells: [
            d.label,
            formatValue(unit, d.row.baseline),
            formatValue(unit, d.row.target),
            formatValue(unit, d.row.actual),
            formatAchievement(d.row.achievement, tc('none')),
            <IndicatorStatusBadge key="status" status={d.row.status} />,
          ],
        }))}
      />
    </>
  );
}

/** The district rows of every period of the measure. */
function PeriodsChart({ indicator }: { indicator: IndicatorProgress }) {
  const t = useTranslations('measureCharts');
  const periodLabel = usePeriodLabel();
  const data = indicator.rows
    .filter((r) => r.municipalityId === null && r.period !== null)
    .map((r) => ({ key: r.period!, label: periodLabel(r.period), row: r }));
  if (data.every((d) => d.row.target === null && d.row.actual === null)) return <p>{t('noFigures')}</p>;
  return (
    <TargetActualChart
      data={data}
      unit={indicator.unit}
      caption={t('periodsCaption', { name: indicator.name })}
      labelHeader={t('period')}
    />
  );
}

/** The municipality rows of the latest period that has any (the district's split). */
function MunicipalitiesChart({ indicator }: { indicator: IndicatorProgress }) {
  const t = useTranslations('measureCharts');
  const periodLabel = usePeriodLabel();
  const municipalities = useMunicipalities();
  if (!indicator.byMunicipality) return <p>{t('notByMunicipality')}</p>;
  const municipal = indicator.rows.filter((r) => r.municipalityId !== null);
  const period = municipal.at(-1)?.period ?? null;
  if (period === null) return <p>{t('noFigures')}</p>;
  const nameOf = (id: number) => municipalities.data?.find((m) => m.id === id)?.name ?? `#${id}`;
  const data = municipal
    .filter((r) => r.period === period)
    .map((r) => ({ key: String(r.municipalityId), label: nameOf(r.municipalityId!), row: r }));
  return (
    <>
      <p className="field__hint">{t('municipalitiesPeriod', { period: periodLabel(period) })}</p>
      <TargetActualChart
        data={data}
        unit={indicator.unit}
        caption={t('municipalitiesCaption', { name: indicator.name, period: periodLabel(period) })}
        labelHeader={t('municipality')}
        vertical
      />
    </>
  );
}

/** People registered and present per municipality over the measure's events and workshops. */
function ReachChart({ output }: { output: MeasureProgress['output'] }) {
  const t = useTranslations('measureCharts');
  const rows = output.byMunicipality.map((m) => ({
    key: String(m.municipalityId ?? 'none'),
    label: m.name ?? t('noMunicipality'),
    registered: m.registered,
    checkedIn: m.checkedIn,
  }));
  if (rows.length === 0) return <p>{t('noReach')}</p>;
  return (
    <>
      <LazyChart
        height={barsHeight(rows.length, 48, 200)}
        spec={{
          kind: 'cartesian',
          layout: 'bars',
          axisWidth: 200,
          rows,
          series: [
            { key: 'registered', name: t('registered'), color: COLORS.registered },
            { key: 'checkedIn', name: t('checkedIn'), color: COLORS.checkedIn },
          ],
        }}
      />
      <FiguresTable
        caption={t('reachCaption')}
        head={[t('municipality'), t('registered'), t('checkedIn')]}
        rows={rows.map((r) => ({ key: r.key, cells: [r.label, r.registered, r.checkedIn] }))}
      />
    </>
  );
}
