'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCents, formatEuros, type BudgetStatus } from '@wir/shared';
import { legendText } from '@/modules/event-stats/legend-text';
import { BUDGET_CHART_COLORS } from './budget-chart-colors.constant';

/** Spending over the funding period: per month, cumulated, against the plan spread evenly; a table for screen readers. */
export function BurnDownChart({
  months,
  plannedTotal,
  asOf,
}: {
  months: BudgetStatus['months'];
  plannedTotal: number;
  asOf: string;
}) {
  const t = useTranslations('budgetCharts');
  const format = useFormatter();
  // 'YYYY-MM' is a calendar month: read and shown in UTC so it never shifts.
  const monthOf = (month: string, style: 'short' | 'long') =>
    format.dateTime(new Date(`${month}-01T00:00:00Z`), {
      month: style === 'short' ? 'short' : 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  if (months.length === 0) return <p>{t('noMonths')}</p>;
  // Months after the day of the figures have no spending yet: their line stops instead of running flat.
  const current = asOf.slice(0, 7);
  const rows = months.map((m) => ({
    ...m,
    cumulativeCents: m.month <= current ? m.cumulativeCents : null,
    label: monthOf(m.month, 'short'),
  }));
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <ComposedChart
          responsive
          accessibilityLayer={false}
          data={rows}
          margin={{ top: 16, right: 16, bottom: 8, left: 16 }}
          style={{ inlineSize: '100%', blockSize: 320 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={BUDGET_CHART_COLORS.grid} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={formatEuros} width={88} domain={[0, (max: number) => Math.max(max, plannedTotal)]} />
          <Tooltip formatter={(value) => formatCents(Number(value))} />
          <Legend formatter={legendText} />
          <Bar
            dataKey="actualCents"
            name={t('perMonth')}
            fill={BUDGET_CHART_COLORS.perMonth}
            maxBarSize={40}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="plannedCumulativeCents"
            name={t('plannedCumulative')}
            stroke={BUDGET_CHART_COLORS.plannedCumulative}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="cumulativeCents"
            name={t('cumulative')}
            stroke={BUDGET_CHART_COLORS.actual}
            strokeWidth={3}
            dot
            isAnimationActive={false}
          />
          <ReferenceLine
            y={plannedTotal}
            stroke={BUDGET_CHART_COLORS.total}
            strokeDasharray="2 3"
            strokeWidth={2}
            label={{
              value: t('plannedTotalLine', { amount: formatCents(plannedTotal) }),
              position: 'insideTopLeft',
              fill: BUDGET_CHART_COLORS.total,
            }}
          />
        </ComposedChart>
      </div>
      <table className="visually-hidden">
        <caption>{t('burnDownCaption', { amount: formatCents(plannedTotal) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('month')}</th>
            <th scope="col">{t('perMonth')}</th>
            <th scope="col">{t('cumulative')}</th>
            <th scope="col">{t('plannedCumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthOf(m.month, 'long')}</th>
              <td>{m.cumulativeCents === null ? '–' : formatCents(m.actualCents)}</td>
              <td>{m.cumulativeCents === null ? '–' : formatCents(m.cumulativeCents)}</td>
              <td>{formatCents(m.plannedCumulativeCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
