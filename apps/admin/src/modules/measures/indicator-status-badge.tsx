'use client';

import { useTranslations } from 'next-intl';
import type { IndicatorStatus, IndicatorStatusCounts } from '@wir/shared';

const CLASS: Record<IndicatorStatus, string> = {
  achieved: 'badge badge--success',
  on_track: 'badge',
  behind: 'badge badge--warning',
  no_target: 'badge badge--muted',
};

/** A sign beside the words, so the status never rests on colour alone. */
export const STATUS_SYMBOL: Record<IndicatorStatus, string> = {
  achieved: '✓',
  on_track: '→',
  behind: '!',
  no_target: '–',
};

/** The status of an indicator (or of one of its rows) in words. */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const t = useTranslations('indicators.statuses');
  return (
    <span className={CLASS[status]}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
      {t(status)}
    </span>
  );
}

const CHIPS = ['achieved', 'on_track', 'behind'] as const;

/** How many of a measure's indicators are achieved, on track and behind, e.g. "2 erreicht · 1 im Plan · 0 im Rückstand". */
export function StatusChips({ counts, indicatorCount }: { counts: IndicatorStatusCounts; indicatorCount: number }) {
  const t = useTranslations('indicators');
  if (indicatorCount === 0) return <span className="field__hint">{t('noIndicators')}</span>;
  return (
    <ul className="status-chips" aria-label={t('statusChipsLabel', { count: indicatorCount })}>
      {CHIPS.map((status) => (
        <li key={status} className={counts[status] > 0 ? CLASS[status] : 'badge badge--muted'}>
          <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
          {t(`statusCounts.${status}`, { count: counts[status] })}
        </li>
      ))}
      {counts.no_target > 0 ? (
        <li className="badge badge--muted">{t('statusCounts.no_target', { count: counts.no_target })}</li>
      ) : null}
    </ul>
  );
}
