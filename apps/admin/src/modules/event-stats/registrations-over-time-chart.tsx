'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { EventStats } from '@wir/shared';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';

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
  if (data.length === 0) return <p>{t('noRegistrations')}</p>;
  return (
    <>
      <LazyChart
        height={300}
        spec={{
          kind: 'cartesian',
          layout: 'columns',
          time: true,
          rows: data.map((d) => ({ label: dayOf(d.date, 'short'), count: d.count, cumulative: d.cumulative })),
          series: [
            { key: 'count', name: t('perDay'), color: CHART_COLORS.perDay, merge: 'sum' },
            {
              key: 'cumulative',
              name: t('cumulative'),
              color: CHART_COLORS.primary,
              kind: 'line',
              step: true,
              dots: true,
            },
          ],
          valueAtLeast: capacity,
          reference: { value: capacity, color: CHART_COLORS.capacity, label: t('capacityLine', { capacity }) },
        }}
      />
      <FiguresTable
        caption={t('overTimeCaption', { capacity })}
        head={[t('date'), t('perDay'), t('cumulative')]}
        rows={data.map((d) => ({ key: d.date, cells: [dayOf(d.date, 'long'), d.count, d.cumulative] }))}
      />
    </>
  );
}
