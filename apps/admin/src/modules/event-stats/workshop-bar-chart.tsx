'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { legendText } from './legend-text';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';

export interface WorkshopBar<Row> {
  /** The row field the bar shows. */
  key: Extract<keyof Row, string>;
  name: string;
  fill: string;
  stroke?: string;
  stackId?: string;
}

export interface WorkshopColumn<Row> {
  header: string;
  cell: (row: Row) => string | number;
}

interface WorkshopBarChartProps<Row extends { id: number; title: string }> {
  rows: Row[];
  bars: WorkshopBar<Row>[];
  /** The table screen readers get instead of the chart: its caption, the workshop column's header and the other columns. */
  caption: string;
  workshopHeader: string;
  columns: WorkshopColumn<Row>[];
  emptyText: string;
}

/** One horizontal bar group per workshop, and the same figures as a table for screen readers. */
export function WorkshopBarChart<Row extends { id: number; title: string }>({
  rows,
  bars,
  caption,
  workshopHeader,
  columns,
  emptyText,
}: WorkshopBarChartProps<Row>) {
  if (rows.length === 0) return <p>{emptyText}</p>;
  const height = Math.max(180, rows.length * 64 + 70);
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          style={{ inlineSize: '100%', blockSize: height }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="title" width={180} />
          <Tooltip />
          <Legend formatter={legendText} />
          {bars.map((bar) => (
            <Bar
              key={bar.key}
              dataKey={bar.key as string}
              name={bar.name}
              stackId={bar.stackId}
              fill={bar.fill}
              stroke={bar.stroke}
            />
          ))}
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{workshopHeader}</th>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
