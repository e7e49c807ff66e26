'use client';

import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage, type EventStats } from '@wir/shared';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { WorkshopBarChart } from './workshop-bar-chart';

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
  type Row = (typeof rows)[number];
  return (
    <WorkshopBarChart<Row>
      rows={rows}
      emptyText={t('noWorkshops')}
      bars={[
        { key: 'confirmed', name: t('confirmed'), fill: CHART_COLORS.primary },
        { key: 'checkedIn', name: t('checkedIn'), fill: CHART_COLORS.confirmed },
      ]}
      caption={t('attendanceCaption')}
      workshopHeader={t('workshop')}
      columns={[
        { header: t('confirmed'), cell: (r) => r.confirmed },
        { header: t('checkedIn'), cell: (r) => r.checkedIn },
        { header: t('attendanceRate'), cell: (r) => t('percent', { percent: r.percent }) },
      ]}
    />
  );
}
