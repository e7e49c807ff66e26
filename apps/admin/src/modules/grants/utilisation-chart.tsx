'use client';

import { useTranslations } from 'next-intl';
import { PolarAngleAxis, RadialBar, RadialBarChart } from 'recharts';
import { formatCents, type BudgetStatus } from '@wir/shared';
import { BUDGET_CHART_COLORS } from './budget-chart-colors.constant';
import { useFormatPercent } from './use-format-percent';

/** How much of the plan is spent: the figure in words, and a ring that fills up (capped at 100 %). */
export function UtilisationChart({ totals }: { totals: BudgetStatus['totals'] }) {
  const t = useTranslations('budgetCharts');
  const formatPercent = useFormatPercent();
  const percent = totals.utilisationPercent;
  return (
    <div className="check-in-rate">
      <div aria-hidden="true" className="check-in-rate__ring">
        <RadialBarChart
          responsive
          accessibilityLayer={false}
          data={[{ key: 'spent', value: Math.min(100, Math.max(0, percent ?? 0)) }]}
          innerRadius="72%"
          outerRadius="100%"
          startAngle={90}
          endAngle={-270}
          style={{ inlineSize: 180, blockSize: 180 }}
        >
          <PolarAngleAxis type="number" domain={[0, 100]} tick={false} axisLine={false} />
          <RadialBar
            dataKey="value"
            fill={totals.status === 'over_total' ? BUDGET_CHART_COLORS.total : BUDGET_CHART_COLORS.actual}
            background={{ fill: BUDGET_CHART_COLORS.ring }}
            cornerRadius={6}
            isAnimationActive={false}
          />
        </RadialBarChart>
        <span className="check-in-rate__percent utilisation-ring__percent">{formatPercent(percent)}</span>
      </div>
      <p className="check-in-rate__text">
        {percent === null
          ? t('utilisationNoPlan')
          : t('utilisationText', {
              spent: formatCents(totals.actualCents),
              planned: formatCents(totals.plannedCents),
              percent: formatPercent(percent),
              remaining: formatCents(totals.remainingCents),
            })}
      </p>
    </div>
  );
}
