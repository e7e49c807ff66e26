'use client';

import { useTranslations } from 'next-intl';
import type { BudgetLineStatus } from '@wir/shared';

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

/** The ANBest-P Nr. 1.2 status of a budget line (or of the total) in words. */
export function BudgetLineStatusBadge({ status }: { status: BudgetLineStatus }) {
  const t = useTranslations('finance.lineStatuses');
  return (
    <span className={CLASS[status]}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {t(status)}
    </span>
  );
}
