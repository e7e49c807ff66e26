'use client';

import { barsHeight } from './chart-points.util';
import { CHART_COLORS } from './chart-colors.constant';
import { FiguresTable } from './figures-table';
import { LazyChart } from './lazy-chart';

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
  return (
    <>
      <LazyChart
        height={barsHeight(rows.length, 40, 160)}
        spec={{
          kind: 'cartesian',
          layout: 'bars',
          axisWidth: 200,
          rows: rows.map((d) => ({ label: d.label, count: d.count })),
          series: [{ key: 'count', name: countLabel, color: CHART_COLORS.primary }],
        }}
      />
      <FiguresTable
        caption={caption}
        head={[labelHeader, countLabel]}
        rows={rows.map((d) => ({ key: d.key, cells: [d.label, d.count] }))}
      />
    </>
  );
}
