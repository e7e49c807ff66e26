'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { downsample, type EventStats } from '@wir/shared';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { legendText } from './legend-text';

interface RegistrationsOverTimeChartProps {
  data: EventStats['registrationsOverTime'];
  capacity: number;
}

/** Registrations per day and their running total, against the event's seats; a table for screen readers. */
export function RegistrationsOverTimeChart({ data, capacity }: RegistrationsOverTimeChartProps) {
  const t = useTranslations('eventStats');
  const format = useFormatter();
  // 'YYYY-MM-DD' is a calendar day, not an instant: read and shown in UTC so it never shifts.
  const dayOf = (date: string, style: 'short' | 'long') =>
    format.dateTime(
      new Date(`${date}T00:00:00Z`),
      style === 'short'
        ? { day: '2-digit', month: '2-digit', timeZone: 'UTC' }
        : { dateStyle: 'medium', timeZone: 'UTC' },
    );
  // The chart draws at most ~1,000 days (the running total keeps its shape); the table below lists every day.
  const rows = downsample(data, (d) => d.cumulative).map((d) => ({ ...d, label: dayOf(d.date, 'short') }));

  if (rows.length === 0) return <p>{t('noRegistrations')}</p>;
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <ComposedChart
          responsive
          accessibilityLayer={false}
          data={rows}
          margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
          style={{ inlineSize: '100%', blockSize: 300 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} domain={[0, (max: number) => Math.max(max, capacity)]} />
          <Tooltip />
          <Legend formatter={legendText} />
          <Bar dataKey="count" name={t('perDay')} fill={CHART_COLORS.perDay} maxBarSize={48} />
          <Line
            type="stepAfter"
            dataKey="cumulative"
            name={t('cumulative')}
            stroke={CHART_COLORS.primary}
            strokeWidth={3}
            dot={rows.length <= 31}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={capacity}
            stroke={CHART_COLORS.capacity}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: t('capacityLine', { capacity }), position: 'insideTopLeft', fill: CHART_COLORS.capacity }}
          />
        </ComposedChart>
      </div>
      <table className="visually-hidden">
        <caption>{t('overTimeCaption', { capacity })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('perDay')}</th>
            <th scope="col">{t('cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayOf(d.date, 'long')}</th>
              <td>{d.count}</td>
              <td>{d.cumulative}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
