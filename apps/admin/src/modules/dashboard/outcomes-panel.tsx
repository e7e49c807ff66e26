import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MEASURE_ROLLUP_STATUSES, dashboardOutcomesSchema, formatCents, type DashboardFilter } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { measureListHref } from '@/modules/measures/measure-filters.util';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { FiguresTable } from '@/modules/ui/figures-table';
import { barsHeight } from '@/modules/ui/chart-points.util';
import { LazyChart } from '@/modules/ui/lazy-chart';
import { ListTable } from '@/modules/ui/list-table';
import { dashboardQueryString } from './dashboard-filters.util';
import { DashboardPanel } from './dashboard-panel-parts';
import { DashboardPanelError } from './dashboard-panel-error';

/** The statuses' colours: achieved green, on track blue, behind amber, no target grey. */
const STATUS_COLORS = {
  achieved: CHART_COLORS.confirmed,
  on_track: CHART_COLORS.primary,
  behind: CHART_COLORS.waitlisted,
  no_target: CHART_COLORS.freeStroke,
} satisfies Record<(typeof MEASURE_ROLLUP_STATUSES)[number], string>;

/** Measures by status per action field, people reached per municipality, cost per participant (admin, coordinator). */
export async function OutcomesPanel({ filter }: { filter: DashboardFilter }) {
  const t = await getTranslations('dashboard');
  let data;
  try {
    data = await serverGet(`/dashboard/outcomes${dashboardQueryString(filter)}`, dashboardOutcomesSchema);
  } catch (error) {
    unstable_rethrow(error);
    console.error('dashboard: outcomes panel failed', error);
    return <DashboardPanelError title={t('outcomes.title')} />;
  }
  const measuresHref = measureListHref({
    year: data.year,
    ...(data.actionFieldId === null ? {} : { actionFieldId: data.actionFieldId }),
  });
  const statusNames = Object.fromEntries(MEASURE_ROLLUP_STATUSES.map((s) => [s, t(`outcomes.${s}`)])) as Record<
    (typeof MEASURE_ROLLUP_STATUSES)[number],
    string
  >;
  const municipalityName = (name: string | null) => name ?? t('outcomes.noMunicipality');

  return (
    <DashboardPanel
      id="dashboard-outcomes"
      title={t('outcomes.title')}
      source={{ href: measuresHref, text: t('source', { page: t('outcomes.sourcePage') }) }}
    >
      {data.measures.length === 0 ? (
        <p>
          {t('outcomes.empty', { year: data.year })}{' '}
          <Link href="/massnahmen" prefetch={false}>
            {t('outcomes.sourcePage')}
          </Link>
        </p>
      ) : null}
      <div className="chart-grid">
        <ChartPanel id="dashboard-by-status" title={t('outcomes.byStatus')}>
          <p className="field__hint">{t('outcomes.byStatusHint')}</p>
          <LazyChart
            className="dashboard-chart"
            height={barsHeight(data.actionFields.length, 48, 140)}
            spec={{
              kind: 'cartesian',
              layout: 'bars',
              axisWidth: 190,
              rows: data.actionFields.map((f) => ({ label: f.name, ...f.counts })),
              series: MEASURE_ROLLUP_STATUSES.map((s) => ({
                key: s,
                name: statusNames[s],
                stack: 'status',
                color: STATUS_COLORS[s],
              })),
            }}
          />
          <FiguresTable
            summary={t('showTable')}
            caption={t('outcomes.byStatus')}
            head={[t('outcomes.actionField'), ...MEASURE_ROLLUP_STATUSES.map((s) => statusNames[s])]}
            rows={data.actionFields.map((f) => ({
              key: f.actionFieldId,
              cells: [f.name, ...MEASURE_ROLLUP_STATUSES.map((s) => f.counts[s])],
            }))}
          />
        </ChartPanel>

        <ChartPanel id="dashboard-reached" title={t('outcomes.reached')}>
          {data.participantsByMunicipality.length === 0 ? (
            <p>
              {t('outcomes.reachedEmpty')}{' '}
              <Link href="/stammdaten" prefetch={false}>
                {t('outcomes.masterData')}
              </Link>
            </p>
          ) : (
            <LazyChart
              className="dashboard-chart"
              height={data.participantsByMunicipality.length * 26 + 40}
              spec={{
                kind: 'cartesian',
                layout: 'bars',
                axisWidth: 150,
                rows: data.participantsByMunicipality.map((p) => ({
                  label: municipalityName(p.name),
                  value: p.checkedIn,
                })),
                series: [{ key: 'value', name: t('outcomes.checkedIn'), color: CHART_COLORS.primary }],
              }}
            />
          )}
          <FiguresTable
            summary={t('showTable')}
            caption={t('outcomes.reachedCaption')}
            head={[t('outcomes.municipality'), t('outcomes.registered'), t('outcomes.checkedIn')]}
            rows={data.participantsByMunicipality.map((p) => ({
              key: p.municipalityId ?? 'none',
              cells: [municipalityName(p.name), p.registered, p.checkedIn],
            }))}
          />
        </ChartPanel>

        {data.measures.length > 0 ? (
          <ChartPanel id="dashboard-cost" title={t('outcomes.costPerParticipant')} wide>
            <ListTable
              className="table--compact"
              caption={t('outcomes.costPerParticipant')}
              captionHidden
              rows={data.measures}
              rowKey={(m) => m.measureId}
              empty={null}
              columns={[
                {
                  key: 'measure',
                  header: t('outcomes.measure'),
                  rowHeader: true,
                  cell: (m) => (
                    <Link href={`/massnahmen/${m.measureId}`} prefetch={false}>{`${m.code} ${m.title}`}</Link>
                  ),
                },
                { key: 'status', header: t('grants.status'), cell: (m) => statusNames[m.status] },
                { key: 'spent', header: t('outcomes.spent'), numeric: true, cell: (m) => formatCents(m.spentCents) },
                { key: 'checkedIn', header: t('outcomes.checkedIn'), numeric: true, cell: (m) => m.checkedIn },
                {
                  key: 'perHead',
                  header: t('outcomes.perHead'),
                  numeric: true,
                  cell: (m) =>
                    m.costPerParticipantCents === null ? t('none') : formatCents(m.costPerParticipantCents),
                },
              ]}
            />
          </ChartPanel>
        ) : null}
      </div>
    </DashboardPanel>
  );
}
