'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { formatCents } from '@wir/shared';
import { useBudgetStatus } from './grants-queries';

/** Utilisation of one grant in the list: spent of planned, in per cent and as a bar. */
export function GrantUtilisation({ grantId }: { grantId: number }) {
  const t = useTranslations('grants');
  const format = useFormatter();
  const { data: status, isPending, isError } = useBudgetStatus(grantId);
  if (isPending) return <span className="field__hint">{t('utilisationLoading')}</span>;
  if (isError || !status) return <span className="field__hint">{t('utilisationUnknown')}</span>;
  const percent = status.totals.utilisationPercent;
  return (
    <span className="utilisation">
      <span>
        {percent === null
          ? t('utilisationNoPlan')
          : format.number(percent / 100, { style: 'percent', maximumFractionDigits: 1 })}
        <span className="field__hint">
          {' '}
          (
          {t('spentOfPlanned', {
            spent: formatCents(status.totals.actualCents),
            planned: formatCents(status.totals.plannedCents),
          })}
          )
        </span>
      </span>
      <span className="utilisation__bar" aria-hidden="true">
        <span style={{ inlineSize: `${Math.min(100, Math.max(0, percent ?? 0))}%` }} />
      </span>
    </span>
  );
}
