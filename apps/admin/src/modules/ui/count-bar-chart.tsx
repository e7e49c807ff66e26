'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-colors.constant';

export interface CountDatum {
  key: string;
  label: string;
  count: number;
}

interface CountBarChartProps {
  data: readonly CountDatum[];
  /** Caption of the table that screen readers get instead of the chart. */
  caption: string;
  /** Header of the label column ("Kommune", "Art der Organisation"). */
  labelHeader: string;
  /** Name of the counted thing: the bars' series and the table's number column. */
  countLabel: string;
  /** Shown instead of the chart when there is nothing to count. */
  emptyText: string;
}

/** Counts per category as horizontal bars, largest first; the same figures as a table for screen readers. */
export function CountBarChart({ data, caption, labelHeader, countLabel, emptyText }: CountBarChartProps) {
  const rows = [...data].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (rows.length === 0) return <p>{emptyText}</p>;
  const height = Math.max(160, rows.length * 40 + 50);
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
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={200} />
          <Tooltip />
          <Bar dataKey="count" name={countLabel} fill={CHART_COLORS.primary} />
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
