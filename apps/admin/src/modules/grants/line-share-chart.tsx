'use client';

import { useTranslations } from 'next-intl';
import type { BudgetStatus } from '@wir/shared';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
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
  const bar = (label: string, pick: (l: BudgetStatus['lines'][number]) => number, whole: number) => ({
    label,
    ...Object.fromEntries(
      lines.map((l) => [key(l.budgetLineId), whole > 0 ? (Math.max(0, pick(l)) / whole) * 100 : 0]),
    ),
  });
  const rows = [
    bar(t('planned'), (l) => l.plannedCents, plannedTotal),
    ...(actualTotal > 0 ? [bar(t('actual'), (l) => l.actualCents, actualTotal)] : []),
  ];

  return (
    <>
      <LazyChart
        height={120 + rows.length * 48}
        spec={{
          kind: 'cartesian',
          layout: 'bars',
          format: 'percent',
          axisWidth: 56,
          legend: true,
          rows,
          series: lines.map((l, i) => ({
            key: key(l.budgetLineId),
            name: `${l.code} ${l.name}`,
            stack: 'share',
            color: lineColor(i),
            outline: '#fff',
          })),
        }}
      />
      {actualTotal === 0 ? <p className="field__hint">{t('noSpendingYet')}</p> : null}
      <FiguresTable
        caption={t('shareCaption')}
        head={[t('line'), t('shareOfPlan'), t('shareOfSpending')]}
        rows={lines.map((l) => ({
          key: l.budgetLineId,
          cells: [
            `${l.code} ${l.name}`,
            formatPercent(shareOf(l.plannedCents, plannedTotal)),
            formatPercent(shareOf(Math.max(0, l.actualCents), actualTotal)),
          ],
        }))}
      />
    </>
  );
}
