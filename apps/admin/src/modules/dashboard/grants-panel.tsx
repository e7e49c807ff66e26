import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { dashboardGrantsSchema, formatCents, formatIsoCalendarDate, type DashboardFilter } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
import { ListTable } from '@/modules/ui/list-table';
import { dashboardQueryString } from './dashboard-filters.util';
import { DashboardPanel, monthText, percentText } from './dashboard-panel-parts';
import { DashboardPanelError } from './dashboard-panel-error';

/** Utilisation against time, flagged budget lines, drawdowns and (for those who sign) receipts waiting (admin, finance, coordinator). */
export async function GrantsPanel({ filter }: { filter: DashboardFilter }) {
  const t = await getTranslations('dashboard');
  let data;
  try {
    data = await serverGet(`/dashboard/grants${dashboardQueryString(filter)}`, dashboardGrantsSchema);
  } catch (error) {
    unstable_rethrow(error);
    console.error('dashboard: grants panel failed', error);
    return <DashboardPanelError title={t('grants.title')} />;
  }

  return (
    <DashboardPanel
      id="dashboard-grants"
      title={t('grants.title')}
      source={{ href: '/foerderung', text: t('source', { page: t('grants.sourcePage') }) }}
    >
      {data.signOff ? (
        <ChartPanel
          id="dashboard-sign-off"
          title={t('grants.signOff')}
          source={{ href: '/foerderung/freigaben', text: t('source', { page: t('grants.signOffPage') }) }}
        >
          <p className="dashboard-figure">{t('grants.signOffCount', { count: data.signOff.count })}</p>
          {data.signOff.oldest.length > 0 ? (
            <ListTable
              className="table--compact"
              caption={t('grants.signOff')}
              captionHidden
              rows={data.signOff.oldest}
              rowKey={(r) => r.receiptId}
              empty={null}
              columns={[
                { key: 'receipt', header: t('grants.receipt'), rowHeader: true, cell: (r) => r.receiptNumber },
                { key: 'grant', header: t('grants.grant'), cell: (r) => r.grantTitle },
                { key: 'date', header: t('grants.receiptDate'), cell: (r) => formatIsoCalendarDate(r.date) },
                { key: 'amount', header: t('grants.amount'), numeric: true, cell: (r) => formatCents(r.amountCents) },
                { key: 'next', header: t('grants.nextStep'), cell: (r) => t(`grants.${r.nextStep}`) },
              ]}
            />
          ) : null}
        </ChartPanel>
      ) : null}

      {data.grants.length === 0 ? (
        <p>
          {t('grants.empty', { year: data.year })}{' '}
          <Link href="/foerderung" prefetch={false}>
            {t('grants.sourcePage')}
          </Link>
        </p>
      ) : (
        <div className="chart-grid">
          {data.grants.map((g) => (
            <ChartPanel
              key={g.grantId}
              id={`dashboard-grant-${g.grantId}`}
              title={g.title}
              source={{ href: `/foerderung/${g.grantId}#auswertung`, text: t('source', { page: g.title }) }}
            >
              <p className="dashboard-figure">
                {t('grants.utilisation', {
                  utilisation: percentText(g.utilisationPercent),
                  elapsed: percentText(g.elapsedPercent),
                })}
              </p>
              <p>{t('grants.spent', { actual: formatCents(g.actualCents), planned: formatCents(g.plannedCents) })}</p>
              <LazyChart
                className="dashboard-chart"
                height={220}
                spec={{
                  kind: 'cartesian',
                  layout: 'columns',
                  time: true,
                  format: 'euros',
                  axisWidth: 80,
                  rows: g.months.map((m) => ({
                    label: monthText(m.month),
                    actual: m.cumulativeCents,
                    planned: m.plannedCumulativeCents,
                  })),
                  series: [
                    {
                      key: 'planned',
                      name: t('grants.plannedCumulative'),
                      color: CHART_COLORS.freeStroke,
                      kind: 'line',
                      dashed: true,
                    },
                    { key: 'actual', name: t('grants.cumulative'), color: CHART_COLORS.primary, kind: 'line' },
                  ],
                }}
              />
              <FiguresTable
                summary={t('showTable')}
                caption={t('grants.burnDownCaption')}
                head={[t('grants.month'), t('grants.cumulative'), t('grants.plannedCumulative')]}
                rows={g.months.map((m) => ({
                  key: m.month,
                  cells: [
                    monthText(m.month),
                    m.cumulativeCents === null ? t('none') : formatCents(m.cumulativeCents),
                    formatCents(m.plannedCumulativeCents),
                  ],
                }))}
              />
              {g.openDrawdowns.length > 0 ? (
                <>
                  <h4>{t('grants.openDrawdowns')}</h4>
                  <ul className="dashboard-list">
                    {g.openDrawdowns.map((d) => (
                      <li key={d.drawdownId}>
                        {t('grants.drawdown', {
                          amount: formatCents(d.requestedCents),
                          date: formatIsoCalendarDate(d.requestedOn),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <p>
                {g.callableCents > 0
                  ? t('grants.callable', { amount: formatCents(g.callableCents) })
                  : g.openDrawdowns.length === 0
                    ? t('grants.noDrawdownDue')
                    : null}
              </p>
            </ChartPanel>
          ))}
        </div>
      )}

      <ChartPanel id="dashboard-flagged" title={t('grants.flagged')}>
        <ListTable
          className="table--compact"
          caption={t('grants.flagged')}
          captionHidden
          rows={data.flaggedLines}
          rowKey={(l) => l.budgetLineId}
          empty={t('grants.flaggedEmpty')}
          columns={[
            { key: 'line', header: t('grants.line'), rowHeader: true, cell: (l) => `${l.code} ${l.name}` },
            {
              key: 'grant',
              header: t('grants.grant'),
              cell: (l) => (
                <Link href={`/foerderung/${l.grantId}`} prefetch={false}>
                  {l.grantTitle}
                </Link>
              ),
            },
            { key: 'planned', header: t('grants.planned'), numeric: true, cell: (l) => formatCents(l.plannedCents) },
            { key: 'actual', header: t('grants.actual'), numeric: true, cell: (l) => formatCents(l.actualCents) },
            {
              key: 'status',
              header: t('grants.status'),
              cell: (l) => (
                <>
                  <span className={l.consentCovers ? 'badge badge--muted' : 'badge badge--danger'}>
                    {t(`grants.${l.status as 'needs_consent' | 'over_total'}`)}
                  </span>
                  {l.consentCovers ? ` (${t('grants.consentCovers')})` : null}
                </>
              ),
            },
          ]}
        />
      </ChartPanel>
    </DashboardPanel>
  );
}
