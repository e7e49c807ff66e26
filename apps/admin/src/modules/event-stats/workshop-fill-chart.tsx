'use client';

import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage, type EventStats } from '@wir/shared';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { WorkshopBarChart } from './workshop-bar-chart';

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
  type Row = (typeof rows)[number];
  return (
    <WorkshopBarChart<Row>
      rows={rows}
      emptyText={t('noWorkshops')}
      bars={[
        { key: 'confirmed', name: t('confirmed'), stackId: 'seats', fill: CHART_COLORS.confirmed },
        { key: 'free', name: t('free'), stackId: 'seats', fill: CHART_COLORS.free, stroke: CHART_COLORS.freeStroke },
        { key: 'waitlisted', name: t('waitlisted'), fill: CHART_COLORS.waitlisted },
      ]}
      caption={t('workshopsCaption')}
      workshopHeader={t('workshop')}
      columns={[
        { header: t('capacity'), cell: (r) => r.capacity },
        { header: t('confirmed'), cell: (r) => r.confirmed },
        { header: t('free'), cell: (r) => r.free },
        { header: t('waitlisted'), cell: (r) => r.waitlisted },
        { header: t('fill'), cell: (r) => t('percent', { percent: r.percent }) },
      ]}
    />
  );
}
