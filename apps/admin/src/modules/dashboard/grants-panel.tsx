import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { dashboardGrantsSchema, formatCents, formatIsoCalendarDate, type DashboardFilter } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { dashboardQueryString } from './dashboard-filters.util';
import { BurnDownLines } from './dashboard-lazy-charts';
import {
  ChartBox,
  DashboardBlock,
  DashboardPanel,
  FiguresTable,
  monthText,
  percentText,
} from './dashboard-panel-parts';
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
        <DashboardBlock id="dashboard-sign-off" title={t('grants.signOff')}>
          <p className="dashboard-figure">{t('grants.signOffCount', { count: data.signOff.count })}</p>
          {data.signOff.oldest.length > 0 ? (
            <div className="table-wrap">
              <table className="table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('grants.receipt')}</th>
                    <th scope="col">{t('grants.grant')}</th>
                    <th scope="col">{t('grants.receiptDate')}</th>
                    <th scope="col" className="num">
                      {t('grants.amount')}
                    </th>
                    <th scope="col">{t('grants.nextStep')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.signOff.oldest.map((r) => (
                    <tr key={r.receiptId}>
                      <th scope="row">{r.receiptNumber}</th>
                      <td>{r.grantTitle}</td>
                      <td>{formatIsoCalendarDate(r.date)}</td>
                      <td className="num">{formatCents(r.amountCents)}</td>
                      <td>{t(`grants.${r.nextStep}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p>
            <Link href="/foerderung/freigaben">{t('source', { page: t('grants.signOffPage') })}</Link>
          </p>
        </DashboardBlock>
      ) : null}

      {data.grants.length === 0 ? (
        <p>
          {t('grants.empty', { year: data.year })} <Link href="/foerderung">{t('grants.sourcePage')}</Link>
        </p>
      ) : (
        <div className="chart-grid">
          {data.grants.map((g) => (
            <DashboardBlock key={g.grantId} id={`dashboard-grant-${g.grantId}`} title={g.title}>
              <p className="dashboard-figure">
                {t('grants.utilisation', {
                  utilisation: percentText(g.utilisationPercent),
                  elapsed: percentText(g.elapsedPercent),
                })}
              </p>
              <p>{t('grants.spent', { actual: formatCents(g.actualCents), planned: formatCents(g.plannedCents) })}</p>
              <ChartBox height={220}>
                <BurnDownLines
                  data={g.months.map((m) => ({
                    label: monthText(m.month),
                    actual: m.cumulativeCents,
                    planned: m.plannedCumulativeCents,
                  }))}
                  actualName={t('grants.cumulative')}
                  plannedName={t('grants.plannedCumulative')}
                />
              </ChartBox>
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
              <p>
                <Link href={`/foerderung/${g.grantId}#auswertung`}>{t('source', { page: g.title })}</Link>
              </p>
            </DashboardBlock>
          ))}
        </div>
      )}

      <DashboardBlock id="dashboard-flagged" title={t('grants.flagged')}>
        {data.flaggedLines.length === 0 ? (
          <p>{t('grants.flaggedEmpty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('grants.line')}</th>
                  <th scope="col">{t('grants.grant')}</th>
                  <th scope="col" className="num">
                    {t('grants.planned')}
                  </th>
                  <th scope="col" className="num">
                    {t('grants.actual')}
                  </th>
                  <th scope="col">{t('grants.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.flaggedLines.map((l) => (
                  <tr key={l.budgetLineId}>
                    <th scope="row">
                      {l.code} {l.name}
                    </th>
                    <td>
                      <Link href={`/foerderung/${l.grantId}`}>{l.grantTitle}</Link>
                    </td>
                    <td className="num">{formatCents(l.plannedCents)}</td>
                    <td className="num">{formatCents(l.actualCents)}</td>
                    <td>
                      <span className={l.consentCovers ? 'badge badge--muted' : 'badge badge--danger'}>
                        {t(`grants.${l.status as 'needs_consent' | 'over_total'}`)}
                      </span>
                      {l.consentCovers ? ` (${t('grants.consentCovers')})` : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </DashboardBlock>
    </DashboardPanel>
  );
}
