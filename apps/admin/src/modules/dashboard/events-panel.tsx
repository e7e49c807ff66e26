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
import { dashboardQueryString } from './dashboard-filters.util';
import { ColumnsChart } from './dashboard-lazy-charts';
import {
  ChartBox,
  DashboardBlock,
  DashboardPanel,
  FiguresTable,
  dayMonthText,
  percentText,
} from './dashboard-panel-parts';
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
  const weeks = data.registrationsPerWeek;

  return (
    <DashboardPanel
      id="dashboard-events"
      title={t('events.title')}
      source={{ href: '/veranstaltungen', text: t('source', { page: t('events.sourcePage') }) }}
    >
      <div className="chart-grid">
        <DashboardBlock id="dashboard-upcoming" title={t('events.upcoming')} wide>
          {data.upcoming.length === 0 ? (
            <p>
              {t('events.upcomingEmpty', { year: data.year })}{' '}
              <Link href="/veranstaltungen">{t('events.sourcePage')}</Link>
            </p>
          ) : (
            <div className="table-wrap">
              <table className="table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('events.event')}</th>
                    <th scope="col">{t('events.date')}</th>
                    <th scope="col">{t('events.seats')}</th>
                    <th scope="col">{t('events.waitlist')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.upcoming.map((e) => (
                    <tr key={e.eventId}>
                      <th scope="row">
                        <Link href={`/veranstaltungen/${e.eventId}`}>{title(e.title)}</Link>
                      </th>
                      <td>{when(e.startsAt)}</td>
                      <td>
                        {e.confirmed} / {e.capacity}
                      </td>
                      <td>{e.waitlisted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </DashboardBlock>

        <DashboardBlock id="dashboard-workshops" title={t('events.workshops')}>
          <p className="field__hint">{t('events.workshopsHint', { percent: NEARLY_EMPTY_PERCENT })}</p>
          {data.workshops.length === 0 ? (
            <p>{t('events.workshopsEmpty')}</p>
          ) : (
            <ul className="dashboard-list">
              {data.workshops.map((w) => (
                <li key={w.workshopId}>
                  <Link href={`/veranstaltungen/${w.eventId}/workshops`}>{title(w.title)}</Link> ({title(w.eventTitle)}
                  ): {w.confirmed} / {w.capacity}{' '}
                  <span className={w.state === 'full' ? 'badge badge--warning' : 'badge badge--muted'}>
                    {t(`events.${w.state}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </DashboardBlock>

        <DashboardBlock id="dashboard-per-week" title={t('events.perWeek', { weeks: DASHBOARD_WEEKS })}>
          <ChartBox height={200}>
            <ColumnsChart
              data={weeks.map((w) => ({ label: dayMonthText(w.weekStart), value: w.count }))}
              name={t('events.registrations')}
            />
          </ChartBox>
          <FiguresTable
            summary={t('showTable')}
            caption={t('events.perWeekCaption')}
            head={[t('events.weekOf'), t('events.registrations')]}
            rows={weeks.map((w) => ({
              key: w.weekStart,
              cells: [`${dayMonthText(w.weekStart)}${w.weekStart.slice(0, 4)}`, w.count],
            }))}
          />
          <p>
            <Link href="/anmeldungen">{t('source', { page: t('events.registrationsPage') })}</Link>
          </p>
        </DashboardBlock>

        <DashboardBlock id="dashboard-check-in" title={t('events.checkIn')} wide>
          {data.pastEvents.length === 0 ? (
            <p>{t('events.checkInEmpty', { year: data.year })}</p>
          ) : (
            <div className="table-wrap">
              <table className="table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('events.event')}</th>
                    <th scope="col">{t('events.date')}</th>
                    <th scope="col">{t('events.confirmed')}</th>
                    <th scope="col">{t('events.checkedIn')}</th>
                    <th scope="col">{t('events.rate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.pastEvents.map((e) => (
                    <tr key={e.eventId}>
                      <th scope="row">
                        <Link href={`/veranstaltungen/${e.eventId}/statistik`}>{title(e.title)}</Link>
                      </th>
                      <td>{when(e.startsAt)}</td>
                      <td>{e.confirmed}</td>
                      <td>{e.checkedIn}</td>
                      <td>
                        <meter min={0} max={100} value={e.checkInPercent ?? 0} aria-hidden="true" />{' '}
                        {percentText(e.checkInPercent)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </DashboardBlock>
      </div>
    </DashboardPanel>
  );
}
