/**
 * What a chart draws, as plain data: server components (the start page's panels) hand it to the client
 * `LazyChart`, which loads recharts only when the chart comes near the viewport (`chart-canvas.tsx` draws it).
 */

/** How values read on the axis and in the tooltip: whole numbers, cents shown as euros, or per cent (0–100). */
export type ChartFormat = 'count' | 'decimal' | 'euros' | 'percent';

/** A row of a chart: the category or time label under `label`, one field per series. */
export type ChartRow = { label: string } & Record<string, string | number | null>;

export interface ChartSeries {
  /** The row field the series draws. */
  key: string;
  /** Legend and tooltip name. */
  name: string;
  color: string;
  /** Bars (default) or a line over the bars. */
  kind?: 'bar' | 'line';
  /** Bars with the same stack id stand on each other. */
  stack?: string;
  /** A bar's outline (for pale fills). */
  outline?: string;
  /** Lines: dashed (a plan), a step line (a running total by day), dots on the points. */
  dashed?: boolean;
  step?: boolean;
  dots?: boolean;
  /**
   * When a time series is longer than a chart draws, its rows are merged into buckets: `sum` adds the
   * bucket's values (amounts per day or month), `last` keeps the bucket's last value (running totals).
   */
  merge?: 'sum' | 'last';
}

export interface CartesianChartSpec {
  kind: 'cartesian';
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  /** `bars`: categories down the side, bars to the right; `columns`: categories or time along the bottom. */
  layout: 'bars' | 'columns';
  /** Rows in time order (merged into buckets beyond the point limit) rather than categories (cut). */
  time?: boolean;
  format?: ChartFormat;
  /** Width of the category axis with `bars`, of the value axis with `columns`. */
  axisWidth?: number;
  /** The value axis reaches at least this far (seats, the planned total). */
  valueAtLeast?: number;
  /** A dashed line across the chart at a value (capacity, planned total, baseline), with an optional label. */
  reference?: { value: number; color: string; label?: string; dash?: string };
  /** Legend under the chart; by default when there is more than one series. */
  legend?: boolean;
}

export interface RingChartSpec {
  kind: 'ring';
  value: number;
  max: number;
  color: string;
  track: string;
}

export type ChartSpec = CartesianChartSpec | RingChartSpec;
