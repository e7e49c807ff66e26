'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCents, formatEuros, type BudgetStatus } from '@wir/shared';
import { legendText } from '@/modules/event-stats/legend-text';
import { BudgetLineStatusBadge } from './budget-line-status-badge';
import { BUDGET_CHART_COLORS } from './budget-chart-colors.constant';

/** Planned against actual per budget line as bars; the same figures as a table for screen readers. */
export function PlanVsActualChart({ lines }: { lines: BudgetStatus['lines'] }) {
  const t = useTranslations('budgetCharts');
  if (lines.length === 0) return <p>{t('noLines')}</p>;
  const short = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);
  const rows = lines.map((l) => ({ ...l, label: short(`${l.code} ${l.name}`) }));
  const height = Math.max(220, rows.length * 56 + 80);
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          style={{ inlineSize: '100%', blockSize: height }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={BUDGET_CHART_COLORS.grid} />
          <XAxis type="number" tickFormatter={formatEuros} />
          <YAxis type="category" dataKey="label" width={200} interval={0} />
          <Tooltip formatter={(value) => formatCents(Number(value))} />
          <Legend formatter={legendText} />
          <Bar
            dataKey="plannedCents"
            name={t('planned')}
            fill={BUDGET_CHART_COLORS.planned}
            isAnimationActive={false}
          />
          <Bar dataKey="actualCents" name={t('actual')} fill={BUDGET_CHART_COLORS.actual} isAnimationActive={false} />
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{t('planVsActualCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('line')}</th>
            <th scope="col">{t('planned')}</th>
            <th scope="col">{t('actual')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.budgetLineId}>
              <th scope="row">
                {l.code} {l.name}
              </th>
              <td>{formatCents(l.plannedCents)}</td>
              <td>{formatCents(l.actualCents)}</td>
              <td>
                <BudgetLineStatusBadge status={l.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
