'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { BudgetStatus } from '@wir/shared';
import { legendText } from '@/modules/event-stats/legend-text';
import { lineColor } from './budget-chart-colors.constant';
import { useFormatPercent } from './use-format-percent';

const shareOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/** Each line's share of the plan and of the spending, as two bars stacked to 100 %; a table for screen readers. */
export function LineShareChart({ lines }: { lines: BudgetStatus['lines'] }) {
  const t = useTranslations('budgetCharts');
  const formatPercent = useFormatPercent();
  if (lines.length === 0) return <p>{t('noLines')}</p>;
  const plannedTotal = lines.reduce((sum, l) => sum + l.plannedCents, 0);
  const actualTotal = lines.reduce((sum, l) => sum + Math.max(0, l.actualCents), 0);
  const key = (id: number) => `line${id}`;
  // Exact ratios for the bars (so they add up to 100 %); rounded figures only in the tooltip and the table.
  const bar = (label: string, pick: (l: BudgetStatus['lines'][number]) => number, whole: number) =>
    Object.fromEntries([
      ['label', label],
      ...lines.map((l) => [key(l.budgetLineId), whole > 0 ? (Math.max(0, pick(l)) / whole) * 100 : 0]),
    ]);
  const rows = [
    bar(t('planned'), (l) => l.plannedCents, plannedTotal),
    ...(actualTotal > 0 ? [bar(t('actual'), (l) => l.actualCents, actualTotal)] : []),
  ];

  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          style={{ inlineSize: '100%', blockSize: 120 + rows.length * 48 }}
        >
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            allowDataOverflow
            tickFormatter={(v: number) => formatPercent(v)}
          />
          <YAxis type="category" dataKey="label" width={56} interval={0} />
          <Tooltip formatter={(value) => formatPercent(Math.round(Number(value) * 10) / 10)} />
          <Legend formatter={legendText} />
          {lines.map((l, i) => (
            <Bar
              key={l.budgetLineId}
              dataKey={key(l.budgetLineId)}
              name={`${l.code} ${l.name}`}
              stackId="share"
              fill={lineColor(i)}
              stroke="#fff"
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
      {actualTotal === 0 ? <p className="field__hint">{t('noSpendingYet')}</p> : null}
      <table className="visually-hidden">
        <caption>{t('shareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('line')}</th>
            <th scope="col">{t('shareOfPlan')}</th>
            <th scope="col">{t('shareOfSpending')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.budgetLineId}>
              <th scope="row">
                {l.code} {l.name}
              </th>
              <td>{formatPercent(shareOf(l.plannedCents, plannedTotal))}</td>
              <td>{formatPercent(shareOf(Math.max(0, l.actualCents), actualTotal))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
