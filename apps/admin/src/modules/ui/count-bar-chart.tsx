'use client';

import { useTranslations } from 'next-intl';
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
}

/** Registrations per category as horizontal bars, largest first; the same figures as a table. */
export function CountBarChart({ data, caption, labelHeader }: CountBarChartProps) {
  const t = useTranslations('eventStats');
  const rows = [...data].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (rows.length === 0) return <p>{t('noRegistrations')}</p>;
  const height = Math.max(160, rows.length * 40 + 50);
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart responsive accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} style={{ inlineSize: '100%', blockSize: height }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={200} />
          <Tooltip />
          <Bar dataKey="count" name={t('registrations')} fill={CHART_COLORS.primary} />
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{t('registrations')}</th>
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
