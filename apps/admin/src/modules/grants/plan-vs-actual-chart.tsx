'use client';

import { useTranslations } from 'next-intl';
import { formatCents, type BudgetStatus } from '@wir/shared';
import { barsHeight } from '@/modules/ui/chart-points.util';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
import { BudgetLineStatusBadge } from './budget-line-status-badge';
import { BUDGET_CHART_COLORS } from './budget-chart-colors.constant';

/** Planned against actual per budget line as bars; the same figures as a table for screen readers. */
export function PlanVsActualChart({ lines }: { lines: BudgetStatus['lines'] }) {
  const t = useTranslations('budgetCharts');
  if (lines.length === 0) return <p>{t('noLines')}</p>;
  const short = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);
  return (
    <>
      <LazyChart
        height={barsHeight(lines.length, 56, 220)}
        spec={{
          kind: 'cartesian',
          layout: 'bars',
          format: 'euros',
          axisWidth: 200,
          rows: lines.map((l) => ({
            label: short(`${l.code} ${l.name}`),
            plannedCents: l.plannedCents,
            actualCents: l.actualCents,
          })),
          series: [
            { key: 'plannedCents', name: t('planned'), color: BUDGET_CHART_COLORS.planned },
            { key: 'actualCents', name: t('actual'), color: BUDGET_CHART_COLORS.actual },
          ],
        }}
      />
      <FiguresTable
        caption={t('planVsActualCaption')}
        head={[t('line'), t('planned'), t('actual'), t('status')]}
        rows={lines.map((l) => ({
          key: l.budgetLineId,
          cells: [
            `${l.code} ${l.name}`,
            formatCents(l.plannedCents),
            formatCents(l.actualCents),
            <BudgetLineStatusBadge key="status" status={l.status} />,
          ],
        }))}
      />
    </>
  );
}
