'use client';

import { useTranslations } from 'next-intl';
import { ChartPanel } from '@/modules/ui/chart-panel';
import { BurnDownChart } from './burn-down-chart';
import { useBudgetStatusSuspense } from './grants-queries';
import { LineShareChart } from './line-share-chart';
import { PlanVsActualChart } from './plan-vs-actual-chart';
import { UtilisationChart } from './utilisation-chart';

/** The charts of one grant's figures (suspends until they are loaded; refetched after receipt writes). */
export function BudgetCharts({ grantId }: { grantId: number }) {
  const t = useTranslations('budgetCharts');
  const { data: status } = useBudgetStatusSuspense(grantId);
  return (
    <div className="chart-grid">
      <ChartPanel id="chart-plan-vs-actual" title={t('planVsActualTitle')} wide>
        <PlanVsActualChart lines={status.lines} />
      </ChartPanel>
      <ChartPanel id="chart-burn-down" title={t('burnDownTitle')} wide>
        <BurnDownChart months={status.months} plannedTotal={status.totals.plannedCents} asOf={status.asOf} />
      </ChartPanel>
      <ChartPanel id="chart-share" title={t('shareTitle')}>
        <LineShareChart lines={status.lines} />
      </ChartPanel>
      <ChartPanel id="chart-utilisation" title={t('utilisationTitle')}>
        <UtilisationChart totals={status.totals} />
      </ChartPanel>
    </div>
  );
}
