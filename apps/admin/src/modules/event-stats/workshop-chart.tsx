'use client';

import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage, type EventStats } from '@wir/shared';
import { barsHeight } from '@/modules/ui/chart-points.util';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import type { ChartSeries } from '@/modules/ui/chart-spec';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';

/**
 * One bar group per workshop. `fill`: confirmed and free seats stacked up to the capacity, the waiting list
 * beside them. `attendance`: confirmed places beside the people checked in at the workshop (door or room).
 */
export function WorkshopChart({
  workshops,
  view,
}: {
  workshops: EventStats['workshops'];
  view: 'fill' | 'attendance';
}) {
  const t = useTranslations('eventStats');
  const locale = useLocale();
  if (workshops.length === 0) return <p>{t('noWorkshops')}</p>;
  const percent = (part: number, whole: number) =>
    t('percent', { percent: whole > 0 ? Math.round((part / whole) * 100) : 0 });
  const rows = workshops.map((w) => ({
    id: w.workshopId,
    label: pickLanguage(w.title, locale),
    capacity: w.capacity,
    confirmed: w.confirmed,
    free: Math.max(0, w.capacity - w.confirmed),
    waitlisted: w.waitlisted,
    checkedIn: w.checkedIn,
  }));
  const fill = view === 'fill';
  const series: ChartSeries[] = fill
    ? [
        { key: 'confirmed', name: t('confirmed'), stack: 'seats', color: CHART_COLORS.confirmed },
        { key: 'free', name: t('free'), stack: 'seats', color: CHART_COLORS.free, outline: CHART_COLORS.freeStroke },
        { key: 'waitlisted', name: t('waitlisted'), color: CHART_COLORS.waitlisted },
      ]
    : [
        { key: 'confirmed', name: t('confirmed'), color: CHART_COLORS.primary },
        { key: 'checkedIn', name: t('checkedIn'), color: CHART_COLORS.confirmed },
      ];
  return (
    <>
      <LazyChart height={barsHeight(rows.length, 64, 180)} spec={{ kind: 'cartesian', layout: 'bars', rows, series }} />
      <FiguresTable
        caption={t(fill ? 'workshopsCaption' : 'attendanceCaption')}
        head={
          fill
            ? [t('workshop'), t('capacity'), t('confirmed'), t('free'), t('waitlisted'), t('fill')]
            : [t('workshop'), t('confirmed'), t('checkedIn'), t('attendanceRate')]
        }
        rows={rows.map((r) => ({
          key: r.id,
          cells: fill
            ? [r.label, r.capacity, r.confirmed, r.free, r.waitlisted, percent(r.confirmed, r.capacity)]
            : [r.label, r.confirmed, r.checkedIn, percent(r.checkedIn, r.confirmed)],
        }))}
      />
    </>
  );
}
