'use client';

import { useTranslations } from 'next-intl';
import type { BudgetLineStatus, BudgetLineStatusRow } from '@wir/shared';
import { formatIsoDate } from '@wir/shared';

const CLASS: Record<BudgetLineStatus, string> = {
  ok: 'badge badge--success',
  over_covered: 'badge',
  needs_consent: 'badge badge--warning',
  over_total: 'badge badge--danger',
};

/** A sign beside the words, so the status never rests on colour alone. */
const SYMBOL: Record<BudgetLineStatus, string> = {
  ok: '✓',
  over_covered: '≈',
  needs_consent: '!',
  over_total: '✕',
};

/**
 * The ANBest-P Nr. 1.2 status of a budget line (or of the total) in words; a line over 20 % whose
 * overrun the funder's recorded consent covers says so instead of asking for consent.
 */
export function BudgetLineStatusBadge({
  status,
  consent,
}: {
  status: BudgetLineStatus;
  consent?: BudgetLineStatusRow['consent'];
}) {
  const t = useTranslations('finance.lineStatuses');
  if (status === 'needs_consent' && consent?.covers) {
    return (
      <span className="badge badge--success">
        <span aria-hidden="true">✓ </span>
        {t('consented', { date: formatIsoDate(consent.on) })}
      </span>
    );
  }
  return (
    <span className={CLASS[status]}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {t(status)}
    </span>
  );
}
