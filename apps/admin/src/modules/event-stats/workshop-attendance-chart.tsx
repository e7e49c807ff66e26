'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { pickLanguage, type EventStats } from '@wir/shared';
import { CHART_COLORS } from '../ui/chart-colors.constant';
import { legendText } from './legend-text';

/** Attendance per workshop: confirmed places beside the people checked in at the workshop (door or room). */
export function WorkshopAttendanceChart({ workshops }: { workshops: EventStats['workshops'] }) {
  const t = useTranslations('eventStats');
  const locale = useLocale();
  const rows = workshops.map((w) => ({
    id: w.workshopId,
    title: pickLanguage(w.title, locale),
    confirmed: w.confirmed,
    checkedIn: w.checkedIn,
    percent: w.confirmed > 0 ? Math.round((w.checkedIn / w.confirmed) * 100) : 0,
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
          <Bar dataKey="confirmed" name={t('confirmed')} fill={CHART_COLORS.primary} />
          <Bar dataKey="checkedIn" name={t('checkedIn')} fill={CHART_COLORS.confirmed} />
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{t('attendanceCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop')}</th>
            <th scope="col">{t('confirmed')}</th>
            <th scope="col">{t('checkedIn')}</th>
            <th scope="col">{t('attendanceRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td>{r.confirmed}</td>
              <td>{r.checkedIn}</td>
              <td>{t('percent', { percent: r.percent })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
