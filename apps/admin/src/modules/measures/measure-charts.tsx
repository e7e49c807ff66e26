'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatGermanDecimal,
  formatEuros,
  type IndicatorProgress,
  type IndicatorUnit,
  type MeasureProgress,
  type ProgressRow,
} from '@wir/shared';
import { legendText } from '@/modules/event-stats/legend-text';
import { useMunicipalities } from '@/modules/master-data/master-data-queries';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { SelectField } from '@/modules/ui/select-field';
import { formatAchievement } from './indicator-progress-card';
import { IndicatorStatusBadge } from './indicator-status-badge';
import { valueToCenti } from './indicator-value-input.util';
import { useMeasureProgressSuspense } from './measures-queries';
import { useFormatIndicatorValue, usePeriodLabel } from './use-indicator-labels';

/** Target and actual keep 3:1 against white (WCAG 1.4.11); the baseline is a dashed line. */
const COLORS = {
  target: '#5b7fa6',
  actual: CHART_COLORS.primary,
  baseline: CHART_COLORS.waitlisted,
  registered: '#5b7fa6',
  checkedIn: CHART_COLORS.confirmed,
  grid: CHART_COLORS.grid,
};

/** Axis ticks in the indicator's unit (whole euros for money; the tables carry the exact figures). */
function axisFormatter(unit: IndicatorUnit) {
  if (unit === 'cents') return (v: number) => formatEuros(v);
  return (v: number) => formatGermanDecimal(valueToCenti(v));
}

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
  const tick = axisFormatter(unit);
  const rows = data.map((d) => ({ label: d.label, target: d.row.target, actual: d.row.actual }));
  const baseline = data[0]?.row.baseline ?? null;
  const height = vertical ? Math.max(200, rows.length * 48 + 70) : 300;
  const valueAxis = {
    type: 'number' as const,
    tickFormatter: tick,
    allowDecimals: unit !== 'count' && unit !== 'yes_no',
  };
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={rows}
          layout={vertical ? 'vertical' : 'horizontal'}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          style={{ inlineSize: '100%', blockSize: height }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} />
          {vertical ? (
            <>
              <XAxis {...valueAxis} />
              <YAxis type="category" dataKey="label" width={160} interval={0} />
            </>
          ) : (
            <>
              <XAxis type="category" dataKey="label" interval={0} />
              <YAxis {...valueAxis} width={80} />
            </>
          )}
          <Tooltip formatter={(value) => formatValue(unit, Number(value))} />
          <Legend formatter={legendText} />
          {baseline !== null ? (
            vertical ? (
              <ReferenceLine x={baseline} stroke={COLORS.baseline} strokeDasharray="4 4" />
            ) : (
              <ReferenceLine y={baseline} stroke={COLORS.baseline} strokeDasharray="4 4" />
            )
          ) : null}
          <Bar dataKey="target" name={ti('target')} fill={COLORS.target} isAnimationActive={false} />
          <Bar dataKey="actual" name={ti('actual')} fill={COLORS.actual} isAnimationActive={false} />
        </BarChart>
      </div>
      {baseline !== null ? (
        <p className="field__hint">{t('baselineLine', { value: formatValue(unit, baseline) })}</p>
      ) : null}
      {/* A table ignores a 1px width: the wrapper keeps it from widening the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{ti('baseline')}</th>
              <th scope="col">{ti('target')}</th>
              <th scope="col">{ti('actual')}</th>
              <th scope="col">{ti('achievement')}</th>
              <th scope="col">{ti('status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                <td>{formatValue(unit, d.row.baseline)}</td>
                <td>{formatValue(unit, d.row.target)}</td>
                <td>{formatValue(unit, d.row.actual)}</td>
                <td>{formatAchievement(d.row.achievement, tc('none'))}</td>
                <td>
                  <IndicatorStatusBadge status={d.row.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
  const height = Math.max(200, rows.length * 48 + 70);
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          style={{ inlineSize: '100%', blockSize: height }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={200} interval={0} />
          <Tooltip />
          <Legend formatter={legendText} />
          <Bar dataKey="registered" name={t('registered')} fill={COLORS.registered} isAnimationActive={false} />
          <Bar dataKey="checkedIn" name={t('checkedIn')} fill={COLORS.checkedIn} isAnimationActive={false} />
        </BarChart>
      </div>
      <div className="visually-hidden">
        <table>
          <caption>{t('reachCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('registered')}</th>
              <th scope="col">{t('checkedIn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.registered}</td>
                <td>{r.checkedIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
