import { MAX_CHART_POINTS } from '@wir/shared';
import type { CartesianChartSpec, ChartRow, ChartSeries } from './chart-spec';

const numbers = (rows: readonly ChartRow[], key: string) =>
  rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number');

/** A bucket's value of one series: the sum, or the last known value (a running total); null when none is known. */
function mergedValue(bucket: readonly ChartRow[], series: ChartSeries): number | null {
  const values = numbers(bucket, series.key);
  if (values.length === 0) return null;
  return series.merge === 'sum' ? values.reduce((a, b) => a + b, 0) : values[values.length - 1]!;
}

/**
 * The rows a chart draws: at most `max` points in all (rows × series). A longer time series is merged
 * into equal buckets of consecutive rows (labelled by their first row; each series merged as it says), so
 * sums and running totals stay true; a longer list of categories is cut after the first rows (callers order
 * them, largest first). The chart's table keeps every row. Short data comes back unchanged (the same array).
 */
export function drawableRows(
  spec: Pick<CartesianChartSpec, 'rows' | 'series' | 'time'>,
  max = MAX_CHART_POINTS,
): readonly ChartRow[] {
  const maxRows = Math.max(2, Math.floor(max / Math.max(1, spec.series.length)));
  const { rows } = spec;
  if (rows.length <= maxRows) return rows;
  if (!spec.time) return rows.slice(0, maxRows);
  const size = Math.ceil(rows.length / maxRows);
  const merged: ChartRow[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const bucket = rows.slice(start, start + size);
    const row: ChartRow = { ...bucket[0]! };
    for (const series of spec.series) row[series.key] = mergedValue(bucket, series);
    merged.push(row);
  }
  return merged;
}

/** Height of a chart with one bar group per row (horizontal bars), never below `min`. */
export const barsHeight = (rows: number, perRow = 40, min = 160) => Math.max(min, rows * perRow + 70);
