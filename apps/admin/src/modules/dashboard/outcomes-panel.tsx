import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MEASURE_ROLLUP_STATUSES, dashboardOutcomesSchema, formatCents, type DashboardFilter } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { measureListHref } from '@/modules/measures/measure-filters.util';
import { dashboardQueryString } from './dashboard-filters.util';
import { BarsChart, StatusStack } from './dashboard-lazy-charts';
import { ChartBox, DashboardBlock, DashboardPanel, FiguresTable } from './dashboard-panel-parts';
import { DashboardPanelError } from './dashboard-panel-error';

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
          {t('outcomes.empty', { year: data.year })} <Link href="/massnahmen">{t('outcomes.sourcePage')}</Link>
        </p>
      ) : null}
      <div className="chart-grid">
        <DashboardBlock id="dashboard-by-status" title={t('outcomes.byStatus')}>
          <p className="field__hint">{t('outcomes.byStatusHint')}</p>
          <ChartBox height={Math.max(140, data.actionFields.length * 48 + 70)}>
            <StatusStack data={data.actionFields.map((f) => ({ label: f.name, ...f.counts }))} names={statusNames} />
          </ChartBox>
          <FiguresTable
            summary={t('showTable')}
            caption={t('outcomes.byStatus')}
            head={[t('outcomes.actionField'), ...MEASURE_ROLLUP_STATUSES.map((s) => statusNames[s])]}
            rows={data.actionFields.map((f) => ({
              key: f.actionFieldId,
              cells: [f.name, ...MEASURE_ROLLUP_STATUSES.map((s) => f.counts[s])],
            }))}
          />
        </DashboardBlock>

        <DashboardBlock id="dashboard-reached" title={t('outcomes.reached')}>
          {data.participantsByMunicipality.length === 0 ? (
            <p>
              {t('outcomes.reachedEmpty')} <Link href="/stammdaten">{t('outcomes.masterData')}</Link>
            </p>
          ) : (
            <ChartBox height={data.participantsByMunicipality.length * 26 + 40}>
              <BarsChart
                data={data.participantsByMunicipality.map((p) => ({
                  label: municipalityName(p.name),
                  value: p.checkedIn,
                }))}
                name={t('outcomes.checkedIn')}
              />
            </ChartBox>
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
        </DashboardBlock>

        {data.measures.length > 0 ? (
          <DashboardBlock id="dashboard-cost" title={t('outcomes.costPerParticipant')} wide>
            <div className="table-wrap">
              <table className="table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('outcomes.measure')}</th>
                    <th scope="col">{t('grants.status')}</th>
                    <th scope="col" className="num">
                      {t('outcomes.spent')}
                    </th>
                    <th scope="col" className="num">
                      {t('outcomes.checkedIn')}
                    </th>
                    <th scope="col" className="num">
                      {t('outcomes.perHead')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.measures.map((m) => (
                    <tr key={m.measureId}>
                      <th scope="row">
                        <Link href={`/massnahmen/${m.measureId}`}>
                          {m.code} {m.title}
                        </Link>
                      </th>
                      <td>{statusNames[m.status]}</td>
                      <td className="num">{formatCents(m.spentCents)}</td>
                      <td className="num">{m.checkedIn}</td>
                      <td className="num">
                        {m.costPerParticipantCents === null ? t('none') : formatCents(m.costPerParticipantCents)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </DashboardBlock>
        ) : null}
      </div>
    </DashboardPanel>
  );
}
