'use client';

import { useTranslations } from 'next-intl';
import { formatCents, formatIsoDate, type BudgetStatus, type GrantDetail } from '@wir/shared';
import { useFormatPercent } from './use-format-percent';

/** The finance plan's key figures as of a day, the rule that applies, and the alert when the total is exceeded. */
export function FinancePlanFigures({ grant, figures }: { grant: GrantDetail; figures: BudgetStatus }) {
  const t = useTranslations('financePlan');
  const formatPercent = useFormatPercent();
  const { totals } = figures;
  const items: Array<[string, string | number]> = [
    [t('awarded'), formatCents(grant.awardedCents)],
    [t('spent'), formatCents(totals.actualCents)],
    [t('remaining'), formatCents(totals.remainingCents)],
    [t('utilisation'), formatPercent(totals.utilisationPercent)],
    [t('forecast'), formatCents(totals.forecastCents)],
    [t('unsigned'), figures.unsignedReceipts],
  ];
  return (
    <>
      <p className="field__hint">{t('asOf', { date: formatIsoDate(figures.asOf) })}</p>
      <dl className="figures figures--money">
        {items.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className={grant.financingType === 'festbetrag' ? 'notice' : 'field__hint'}>
        {grant.financingType === 'festbetrag' ? t('ruleFestbetrag') : t('rule')}
      </p>
      {totals.status === 'over_total' ? (
        <p className="alert">{t('overTotal', { amount: formatCents(totals.deviationCents) })}</p>
      ) : null}
    </>
  );
}
