'use client';

import { useTranslations } from 'next-intl';
import { formatCents, type BudgetStatus } from '@wir/shared';
import { RingFigure } from '@/modules/ui/ring-figure';
import { BUDGET_CHART_COLORS } from './budget-chart-colors.constant';
import { useFormatPercent } from './use-format-percent';

/** How much of the plan is spent: the figure in words, and a ring that fills up (capped at 100 %). */
export function UtilisationChart({ totals }: { totals: BudgetStatus['totals'] }) {
  const t = useTranslations('budgetCharts');
  const formatPercent = useFormatPercent();
  const percent = totals.utilisationPercent;
  return (
    <RingFigure
      value={percent ?? 0}
      max={100}
      color={totals.status === 'over_total' ? BUDGET_CHART_COLORS.total : BUDGET_CHART_COLORS.actual}
      centre={formatPercent(percent)}
      centreClassName="utilisation-ring__percent"
    >
      {percent === null
        ? t('utilisationNoPlan')
        : t('utilisationText', {
            spent: formatCents(totals.actualCents),
            planned: formatCents(totals.plannedCents),
            percent: formatPercent(percent),
            remaining: formatCents(totals.remainingCents),
          })}
    </RingFigure>
  );
}
