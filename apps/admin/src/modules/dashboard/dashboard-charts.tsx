'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { downsample, formatCents, formatEuros, formatGermanNumber } from '@wir/shared';
import { legendText } from '@/modules/event-stats/legend-text';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';

// recharts lives in this module only; the start page loads it after the first paint (dashboard-lazy-charts.tsx).
// Every chart is aria-hidden: the panels render the same figures as tables on the server.

const box = { inlineSize: '100%', blockSize: '100%' } as const;
const percentText = (value: number) => `${formatGermanNumber(value, { fractionDigits: 0 })} %`;

export type LabelledValue = { label: string; value: number };

/** Vertical bars over a time axis (registrations per week). */
export function ColumnsChart({ data, name }: { data: LabelledValue[]; name: string }) {
  const rows = downsample(data, (d) => d.value);
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={rows}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      style={box}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_COLORS.grid} />
      <XAxis dataKey="label" interval="preserveStartEnd" />
      <YAxis allowDecimals={false} width={32} />
      <Tooltip />
      <Bar dataKey="value" name={name} fill={CHART_COLORS.primary} isAnimationActive={false} />
    </BarChart>
  );
}

/** Horizontal bars per category (people reached per municipality, response rate per municipality). */
export function BarsChart({ data, name, percent }: { data: LabelledValue[]; name: string; percent?: boolean }) {
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      style={box}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
      <XAxis
        type="number"
        allowDecimals={false}
        domain={percent ? [0, 100] : [0, 'auto']}
        tickFormatter={percent ? percentText : undefined}
      />
      <YAxis type="category" dataKey="label" width={150} interval={0} />
      <Tooltip formatter={percent ? (v) => percentText(Number(v)) : undefined} />
      <Bar dataKey="value" name={name} fill={CHART_COLORS.primary} isAnimationActive={false} />
    </BarChart>
  );
}

export type BurnDownPoint = { label: string; actual: number | null; planned: number };

/** Spending cumulated per month against the plan spread evenly over the funding period. */
export function BurnDownLines({
  data,
  actualName,
  plannedName,
}: {
  data: BurnDownPoint[];
  actualName: string;
  plannedName: string;
}) {
  const rows = downsample(data, (d) => d.actual ?? d.planned);
  return (
    <LineChart
      responsive
      accessibilityLayer={false}
      data={rows}
      margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
      style={box}
    >
      <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} />
      <XAxis dataKey="label" interval="preserveStartEnd" />
      <YAxis tickFormatter={formatEuros} width={80} />
      <Tooltip formatter={(v) => formatCents(Number(v))} />
      <Legend formatter={legendText} />
      <Line
        type="linear"
        dataKey="planned"
        name={plannedName}
        stroke={CHART_COLORS.freeStroke}
        strokeDasharray="6 4"
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        type="linear"
        dataKey="actual"
        name={actualName}
        stroke={CHART_COLORS.primary}
        strokeWidth={3}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

export type StatusRow = { label: string; achieved: number; on_track: number; behind: number; no_target: number };

/** Measures per action field, stacked by status. */
export function StatusStack({
  data,
  names,
}: {
  data: StatusRow[];
  names: Record<'achieved' | 'on_track' | 'behind' | 'no_target', string>;
}) {
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      style={box}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={190} interval={0} />
      <Tooltip />
      <Legend formatter={legendText} />
      <Bar
        dataKey="achieved"
        stackId="s"
        name={names.achieved}
        fill={CHART_COLORS.confirmed}
        isAnimationActive={false}
      />
      <Bar dataKey="on_track" stackId="s" name={names.on_track} fill={CHART_COLORS.primary} isAnimationActive={false} />
      <Bar dataKey="behind" stackId="s" name={names.behind} fill={CHART_COLORS.waitlisted} isAnimationActive={false} />
      <Bar
        dataKey="no_target"
        stackId="s"
        name={names.no_target}
        fill={CHART_COLORS.freeStroke}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
