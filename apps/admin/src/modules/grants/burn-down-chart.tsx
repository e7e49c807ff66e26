'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { formatCents, type BudgetStatus } from '@wir/shared';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
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
  const rows = months.map((m) => ({ ...m, cumulativeCents: m.month <= current ? m.cumulativeCents : null }));
  const total = formatCents(plannedTotal);
  return (
    <>
      <LazyChart
        height={320}
        spec={{
          kind: 'cartesian',
          layout: 'columns',
          time: true,
          format: 'euros',
          rows: rows.map((m) => ({
            label: monthOf(m.month, 'short'),
            actualCents: m.actualCents,
            plannedCumulativeCents: m.plannedCumulativeCents,
            cumulativeCents: m.cumulativeCents,
          })),
          series: [
            { key: 'actualCents', name: t('perMonth'), color: BUDGET_CHART_COLORS.perMonth, merge: 'sum' },
            {
              key: 'plannedCumulativeCents',
              name: t('plannedCumulative'),
              color: BUDGET_CHART_COLORS.plannedCumulative,
              kind: 'line',
              dashed: true,
            },
            {
              key: 'cumulativeCents',
              name: t('cumulative'),
              color: BUDGET_CHART_COLORS.actual,
              kind: 'line',
              dots: true,
            },
          ],
          valueAtLeast: plannedTotal,
          reference: {
            value: plannedTotal,
            color: BUDGET_CHART_COLORS.total,
            dash: '2 3',
            label: t('plannedTotalLine', { amount: total }),
          },
        }}
      />
      <FiguresTable
        caption={t('burnDownCaption', { amount: total })}
        head={[t('month'), t('perMonth'), t('cumulative'), t('plannedCumulative')]}
        rows={rows.map((m) => ({
          key: m.month,
          cells: [
            monthOf(m.month, 'long'),
            m.cumulativeCents === null ? '–' : formatCents(m.actualCents),
            m.cumulativeCents === null ? '–' : formatCents(m.cumulativeCents),
            formatCents(m.plannedCumulativeCents),
          ],
        }))}
      />
    </>
  );
}
