'use client';

import { useTranslations } from 'next-intl';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { CountBarChart } from '@/modules/ui/count-bar-chart';
import { CheckInRateChart } from './check-in-rate-chart';
import { RegistrationsOverTimeChart } from './registrations-over-time-chart';
import { useEventStatsSuspense } from './use-event-stats';
import { WorkshopChart } from './workshop-chart';

/** The figures and charts of one event (suspends until the stats are loaded; each chart draws when scrolled near). */
export function EventStatsCharts({ eventId }: { eventId: number }) {
  const t = useTranslations('eventStats');
  const tTypes = useTranslations('organisationTypes');
  const { data: stats } = useEventStatsSuspense(eventId);

  return (
    <>
      <dl className="figures">
        <div className="figure">
          <dt>{t('confirmed')}</dt>
          <dd>{t('countOf', { count: stats.confirmed, capacity: stats.capacity })}</dd>
        </div>
        <div className="figure">
          <dt>{t('waitlisted')}</dt>
          <dd>{stats.waitlisted}</dd>
        </div>
        <div className="figure">
          <dt>{t('cancelled')}</dt>
          <dd>{stats.cancelled}</dd>
        </div>
        <div className="figure">
          <dt>{t('checkedIn')}</dt>
          <dd>{stats.checkedIn}</dd>
        </div>
      </dl>
      <div className="chart-grid">
        <ChartPanel id="stats-over-time" title={t('overTimeTitle')} wide>
          <RegistrationsOverTimeChart data={stats.registrationsOverTime} capacity={stats.capacity} />
        </ChartPanel>
        <ChartPanel id="stats-workshops" title={t('workshopsTitle')} wide>
          <WorkshopChart workshops={stats.workshops} view="fill" />
        </ChartPanel>
        {stats.workshops.length > 0 ? (
          <ChartPanel id="stats-workshop-attendance" title={t('attendanceTitle')} wide>
            <WorkshopChart workshops={stats.workshops} view="attendance" />
          </ChartPanel>
        ) : null}
        <ChartPanel id="stats-municipalities" title={t('municipalitiesTitle')}>
          <CountBarChart
            caption={t('municipalitiesCaption')}
            labelHeader={t('municipality')}
            countLabel={t('registrations')}
            emptyText={t('noRegistrations')}
            data={stats.byMunicipality.map((m) => ({
              key: String(m.municipalityId ?? 'none'),
              label: m.name ?? t('noMunicipality'),
              count: m.count,
            }))}
          />
        </ChartPanel>
        <ChartPanel id="stats-organisation-types" title={t('organisationTypesTitle')}>
          <CountBarChart
            caption={t('organisationTypesCaption')}
            labelHeader={t('organisationType')}
            countLabel={t('registrations')}
            emptyText={t('noRegistrations')}
            data={stats.byOrganisationType.map((o) => ({ key: o.type, label: tTypes(o.type), count: o.count }))}
          />
        </ChartPanel>
        <ChartPanel id="stats-check-in" title={t('checkInTitle')}>
          <CheckInRateChart confirmed={stats.confirmed} checkedIn={stats.checkedIn} />
        </ChartPanel>
      </div>
    </>
  );
}
