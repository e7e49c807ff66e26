'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { pickLanguage, type EventStats } from '@wir/shared';
import { CHART_COLORS } from '../ui/chart-colors.constant';
import { legendText } from './legend-text';

/** Seats of each workshop: confirmed and free stacked up to the capacity, the waiting list beside them. */
export function WorkshopFillChart({ workshops }: { workshops: EventStats['workshops'] }) {
  const t = useTranslations('eventStats');
  const locale = useLocale();
  const rows = workshops.map((w) => ({
    id: w.workshopId,
    title: pickLanguage(w.title, locale),
    capacity: w.capacity,
    confirmed: w.confirmed,
    free: Math.max(0, w.capacity - w.confirmed),
    waitlisted: w.waitlisted,
    percent: w.capacity > 0 ? Math.round((w.confirmed / w.capacity) * 100) : 0,
  }));

  if (rows.length === 0) return <p>{t('noWorkshops')}</p>;
  const height = Math.max(180, rows.length * 64 + 70);
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart responsive accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} style={{ inlineSize: '100%', blockSize: height }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="title" width={180} />
          <Tooltip />
          <Legend formatter={legendText} />
          <Bar dataKey="confirmed" name={t('confirmed')} stackId="seats" fill={CHART_COLORS.confirmed} />
          <Bar dataKey="free" name={t('free')} stackId="seats" fill={CHART_COLORS.free} stroke={CHART_COLORS.freeStroke} />
          <Bar dataKey="waitlisted" name={t('waitlisted')} fill={CHART_COLORS.waitlisted} />
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{t('workshopsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop')}</th>
            <th scope="col">{t('capacity')}</th>
            <th scope="col">{t('confirmed')}</th>
            <th scope="col">{t('free')}</th>
            <th scope="col">{t('waitlisted')}</th>
            <th scope="col">{t('fill')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td>{r.capacity}</td>
              <td>{r.confirmed}</td>
              <td>{r.free}</td>
              <td>{r.waitlisted}</td>
              <td>{t('percent', { percent: r.percent })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
