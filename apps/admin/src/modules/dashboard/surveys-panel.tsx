import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { dashboardSurveysSchema, formatGermanDateTime, pickLanguage, type DashboardFilter } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
import { dashboardQueryString } from './dashboard-filters.util';
import { DashboardPanel, percentText } from './dashboard-panel-parts';
import { DashboardPanelError } from './dashboard-panel-error';

/** The Bestandsaufnahme: response rate per invited municipality while a questionnaire is open (admin, coordinator). */
export async function SurveysPanel({ filter }: { filter: DashboardFilter }) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  let data;
  try {
    data = await serverGet(`/dashboard/surveys${dashboardQueryString(filter)}`, dashboardSurveysSchema);
  } catch (error) {
    unstable_rethrow(error);
    console.error('dashboard: surveys panel failed', error);
    return <DashboardPanelError title={t('surveys.title')} />;
  }
  const municipalityName = (name: string | null) => name ?? t('surveys.noMunicipality');

  return (
    <DashboardPanel
      id="dashboard-surveys"
      title={t('surveys.title')}
      source={{ href: '/umfragen', text: t('source', { page: t('surveys.sourcePage') }) }}
    >
      {data.surveys.length === 0 ? (
        <p>
          {t('surveys.empty')}{' '}
          <Link href="/umfragen" prefetch={false}>
            {t('surveys.sourcePage')}
          </Link>
        </p>
      ) : (
        <div className="chart-grid">
          {data.surveys.map((s) => (
            <ChartPanel
              key={s.surveyId}
              id={`dashboard-survey-${s.surveyId}`}
              title={pickLanguage(s.title, locale)}
              source={{ href: `/umfragen/${s.surveyId}/ergebnisse`, text: t('source', { page: t('surveys.results') }) }}
            >
              <p className="dashboard-figure">
                {t('surveys.rate', {
                  submitted: s.submitted,
                  invited: s.invited,
                  percent: percentText(s.responsePercent),
                })}
              </p>
              {s.closesAt ? <p>{t('surveys.closesAt', { date: formatGermanDateTime(new Date(s.closesAt)) })}</p> : null}
              <LazyChart
                className="dashboard-chart"
                height={s.municipalities.length * 26 + 40}
                spec={{
                  kind: 'cartesian',
                  layout: 'bars',
                  format: 'percent',
                  axisWidth: 150,
                  rows: s.municipalities.map((m) => ({
                    label: municipalityName(m.name),
                    value: m.responsePercent ?? 0,
                  })),
                  series: [{ key: 'value', name: t('surveys.responseRate'), color: CHART_COLORS.primary }],
                }}
              />
              <FiguresTable
                summary={t('showTable')}
                caption={t('surveys.caption')}
                head={[
                  t('surveys.municipality'),
                  t('surveys.invited'),
                  t('surveys.submitted'),
                  t('surveys.responseRate'),
                ]}
                rows={s.municipalities.map((m) => ({
                  key: m.municipalityId ?? 'none',
                  cells: [municipalityName(m.name), m.invited, m.submitted, percentText(m.responsePercent)],
                }))}
              />
            </ChartPanel>
          ))}
        </div>
      )}
    </DashboardPanel>
  );
}
