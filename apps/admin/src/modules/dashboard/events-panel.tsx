import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import {
  DASHBOARD_WEEKS,
  NEARLY_EMPTY_PERCENT,
  dashboardEventsSchema,
  formatGermanDateTime,
  pickLanguage,
  type DashboardFilter,
} from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
import { ListTable } from '@/modules/ui/list-table';
import { dashboardQueryString } from './dashboard-filters.util';
import { DashboardPanel, dayMonthText, percentText } from './dashboard-panel-parts';
import { DashboardPanelError } from './dashboard-panel-error';

/** Next events, workshops to watch, registrations per week and check-in rates (admin, coordinator). */
export async function EventsPanel({ filter }: { filter: DashboardFilter }) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  let data;
  try {
    data = await serverGet(`/dashboard/events${dashboardQueryString(filter)}`, dashboardEventsSchema);
  } catch (error) {
    unstable_rethrow(error);
    console.error('dashboard: events panel failed', error);
    return <DashboardPanelError title={t('events.title')} />;
  }
  const title = (text: { de: string }) => pickLanguage(text, locale);
  const when = (iso: string) => formatGermanDateTime(new Date(iso));
  const eventLink = (e: { eventId: number; title: { de: string } }, tab: string) => (
    <Link href={`/veranstaltungen/${e.eventId}${tab}`} prefetch={false}>
      {title(e.title)}
    </Link>
  );
  const weeks = data.registrationsPerWeek;

  return (
    <DashboardPanel
      id="dashboard-events"
      title={t('events.title')}
      source={{ href: '/veranstaltungen', text: t('source', { page: t('events.sourcePage') }) }}
    >
      <div className="chart-grid">
        <ChartPanel id="dashboard-upcoming" title={t('events.upcoming')} wide>
          <ListTable
            className="table--compact"
            caption={t('events.upcoming')}
            captionHidden
            rows={data.upcoming}
            rowKey={(e) => e.eventId}
            empty={
              <>
                {t('events.upcomingEmpty', { year: data.year })}{' '}
                <Link href="/veranstaltungen" prefetch={false}>
                  {t('events.sourcePage')}
                </Link>
              </>
            }
            columns={[
              { key: 'event', header: t('events.event'), rowHeader: true, cell: (e) => eventLink(e, '') },
              { key: 'date', header: t('events.date'), cell: (e) => when(e.startsAt) },
              { key: 'seats', header: t('events.seats'), cell: (e) => `${e.confirmed} / ${e.capacity}` },
              { key: 'waitlist', header: t('events.waitlist'), cell: (e) => e.waitlisted },
            ]}
          />
        </ChartPanel>

        <ChartPanel id="dashboard-workshops" title={t('events.workshops')}>
          <p className="field__hint">{t('events.workshopsHint', { percent: NEARLY_EMPTY_PERCENT })}</p>
          {data.workshops.length === 0 ? (
            <p>{t('events.workshopsEmpty')}</p>
          ) : (
            <ul className="dashboard-list">
              {data.workshops.map((w) => (
                <li key={w.workshopId}>
                  <Link href={`/veranstaltungen/${w.eventId}/workshops`} prefetch={false}>
                    {title(w.title)}
                  </Link>{' '}
                  ({title(w.eventTitle)}
                  ): {w.confirmed} / {w.capacity}{' '}
                  <span className={w.state === 'full' ? 'badge badge--warning' : 'badge badge--muted'}>
                    {t(`events.${w.state}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ChartPanel>

        <ChartPanel
          id="dashboard-per-week"
          title={t('events.perWeek', { weeks: DASHBOARD_WEEKS })}
          source={{ href: '/anmeldungen', text: t('source', { page: t('events.registrationsPage') }) }}
        >
          <LazyChart
            className="dashboard-chart"
            height={200}
            spec={{
              kind: 'cartesian',
              layout: 'columns',
              time: true,
              axisWidth: 32,
              rows: weeks.map((w) => ({ label: dayMonthText(w.weekStart), value: w.count })),
              series: [{ key: 'value', name: t('events.registrations'), color: CHART_COLORS.primary, merge: 'sum' }],
            }}
          />
          <FiguresTable
            summary={t('showTable')}
            caption={t('events.perWeekCaption')}
            head={[t('events.weekOf'), t('events.registrations')]}
            rows={weeks.map((w) => ({
              key: w.weekStart,
              cells: [`${dayMonthText(w.weekStart)}${w.weekStart.slice(0, 4)}`, w.count],
            }))}
          />
        </ChartPanel>

        <ChartPanel id="dashboard-check-in" title={t('events.checkIn')} wide>
          <ListTable
            className="table--compact"
            caption={t('events.checkIn')}
            captionHidden
            rows={data.pastEvents}
            rowKey={(e) => e.eventId}
            empty={t('events.checkInEmpty', { year: data.year })}
            columns={[
              { key: 'event', header: t('events.event'), rowHeader: true, cell: (e) => eventLink(e, '/statistik') },
              { key: 'date', header: t('events.date'), cell: (e) => when(e.startsAt) },
              { key: 'confirmed', header: t('events.confirmed'), cell: (e) => e.confirmed },
              { key: 'checkedIn', header: t('events.checkedIn'), cell: (e) => e.checkedIn },
              {
                key: 'rate',
                header: t('events.rate'),
                cell: (e) => (
                  <>
                    <meter min={0} max={100} value={e.checkInPercent ?? 0} aria-hidden="true" />{' '}
                    {percentText(e.checkInPercent)}
                  </>
                ),
              },
            ]}
          />
        </ChartPanel>
      </div>
    </DashboardPanel>
  );
}
