'use client';

import { useFormatter } from 'next-intl';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  PolarAngleAxis,
  RadialBar,
  RadialBarChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type AxisDomain,
} from 'recharts';
import { formatCents, formatEuros, formatGermanNumber } from '@wir/shared';
import { CHART_COLORS } from './chart-colors.constant';
import { drawableRows } from './chart-points.util';
import type { CartesianChartSpec, ChartFormat, ChartRow, ChartSpec, RingChartSpec } from './chart-spec';

// recharts lives in this module only, which LazyChart loads when a chart comes near the viewport.
// Every chart is aria-hidden: its panel carries the same figures as a table.

const fill = { inlineSize: '100%', blockSize: '100%' } as const;

/** Legend entries in the text colour: a pale series colour (e.g. free seats) would make its label unreadable. */
const legendText = (value: string) => <span style={{ color: 'var(--color-text)' }}>{value}</span>;

function useValueFormat(format: ChartFormat) {
  const formatter = useFormatter();
  const percent = (v: number) =>
    formatter.number(Math.round(v * 10) / 1000, { style: 'percent', maximumFractionDigits: 1 });
  switch (format) {
    case 'euros':
      return { axis: formatEuros, tooltip: (v: number) => formatCents(Math.round(v)) };
    case 'percent':
      return { axis: percent, tooltip: percent };
    case 'decimal': {
      const decimal = (v: number) => formatGermanNumber(v, { fractionDigits: Number.isInteger(v) ? 0 : 2 });
      return { axis: decimal, tooltip: decimal };
    }
    default:
      return { axis: undefined, tooltip: undefined };
  }
}

function CartesianCanvas({ spec }: { spec: CartesianChartSpec }) {
  const format = spec.format ?? 'count';
  const { axis, tooltip } = useValueFormat(format);
  const rows = drawableRows(spec);
  const bars = spec.layout === 'bars';
  const least = spec.valueAtLeast;
  const domain: AxisDomain | undefined =
    format === 'percent' ? [0, 100] : least !== undefined ? [0, (max: number) => Math.max(max, least)] : undefined;
  const valueAxis = {
    type: 'number' as const,
    allowDecimals: format === 'decimal' || format === 'percent',
    tickFormatter: axis,
    domain,
    ...(format === 'percent' ? { ticks: [0, 25, 50, 75, 100], allowDataOverflow: true } : {}),
  };
  const categoryAxis = {
    type: 'category' as const,
    dataKey: 'label',
    interval: bars ? 0 : ('preserveStartEnd' as const),
  };
  const reference = spec.reference;
  return (
    <ComposedChart
      responsive
      accessibilityLayer={false}
      data={rows as ChartRow[]}
      layout={bars ? 'vertical' : 'horizontal'}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      style={fill}
    >
      <CartesianGrid
        strokeDasharray="3 3"
        stroke={CHART_COLORS.grid}
        horizontal={!bars}
        vertical={bars || spec.series.some((s) => s.kind === 'line')}
      />
      {bars ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={spec.axisWidth ?? 180} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} width={spec.axisWidth ?? (format === 'euros' ? 88 : 48)} />
        </>
      )}
      <Tooltip formatter={tooltip ? (value) => tooltip(Number(value)) : undefined} />
      {(spec.legend ?? spec.series.length > 1) ? <Legend formatter={legendText} /> : null}
      {spec.series.map((s) =>
        s.kind === 'line' ? (
          <Line
            key={s.key}
            type={s.step ? 'stepAfter' : 'linear'}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={s.dashed ? 2 : 3}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            dot={Boolean(s.dots) && rows.length <= 31}
            isAnimationActive={false}
          />
        ) : (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId={s.stack}
            fill={s.color}
            stroke={s.outline}
            maxBarSize={48}
            isAnimationActive={false}
          />
        ),
      )}
      {reference ? (
        <ReferenceLine
          {...(bars ? { x: reference.value } : { y: reference.value })}
          stroke={reference.color}
          strokeDasharray={reference.dash ?? '6 4'}
          strokeWidth={2}
          label={
            reference.label ? { value: reference.label, position: 'insideTopLeft', fill: reference.color } : undefined
          }
        />
      ) : null}
    </ComposedChart>
  );
}

/** A ring that fills up to `value` of `max` (check-in rate, utilisation). */
function RingCanvas({ spec }: { spec: RingChartSpec }) {
  return (
    <RadialBarChart
      responsive
      accessibilityLayer={false}
      data={[{ key: 'value', value: Math.min(spec.max, Math.max(0, spec.value)) }]}
      innerRadius="72%"
      outerRadius="100%"
      startAngle={90}
      endAngle={-270}
      style={fill}
    >
      <PolarAngleAxis type="number" domain={[0, Math.max(spec.max, 1)]} tick={false} axisLine={false} />
      <RadialBar
        dataKey="value"
        fill={spec.color}
        background={{ fill: spec.track }}
        cornerRadius={6}
        isAnimationActive={false}
      />
    </RadialBarChart>
  );
}

/** Draws a chart spec with recharts, filling its box. */
export function ChartCanvas({ spec }: { spec: ChartSpec }) {
  return spec.kind === 'ring' ? <RingCanvas spec={spec} /> : <CartesianCanvas spec={spec} />;
}
