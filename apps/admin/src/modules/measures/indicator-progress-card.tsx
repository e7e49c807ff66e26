'use client';

import { useTranslations } from 'next-intl';
import { formatGermanDecimal, type IndicatorProgress } from '@wir/shared';
import { IndicatorStatusBadge } from './indicator-status-badge';
import { useFormatIndicatorValue, useStepLabel } from './use-indicator-labels';

/** An achievement ratio (0.8123) as a percentage in words ("81,23 %"). */
export function formatAchievement(ratio: number | null, none: string): string {
  return ratio === null ? none : `${formatGermanDecimal(Math.round(ratio * 10_000))}\u00a0%`;
}

/**
 * Where baseline, target and actual lie on one scale (0 to a little above the largest), as shares
 * of the bar's width.
 */
function scale(values: (number | null)[]) {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const top = max === 0 ? 1 : max * 1.1;
  return (v: number) => `${Math.min(100, Math.max(0, (v / top) * 100))}%`;
}

/**
 * One indicator over the whole measure period: its status in words, and baseline, target and actual
 * as a bar (decorative; the same figures follow as text).
 */
export function IndicatorProgressCard({ indicator }: { indicator: IndicatorProgress }) {
  const t = useTranslations('indicators');
  const tc = useTranslations('common');
  const formatValue = useFormatIndicatorValue();
  const stepLabel = useStepLabel();
  const { total, unit } = indicator;
  const at = scale([total.baseline, total.target, total.actual]);
  const headingId = `indicator-card-${indicator.indicatorId}`;

  return (
    <article className="indicator-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{indicator.name}</h4>
      <p className="field__hint">
        {indicator.level === 'input' ? t(`levels.${indicator.level}`) : stepLabel(indicator.step)} ·{' '}
        {t(`sources.${indicator.sourceKind}`)}
      </p>
      <p className="indicator-card__status">
        <IndicatorStatusBadge status={total.status} />
      </p>
      <div className="indicator-bar" aria-hidden="true">
        {total.actual !== null ? (
          <span className="indicator-bar__actual" style={{ inlineSize: at(total.actual) }} />
        ) : null}
        {total.baseline !== null ? (
          <span className="indicator-bar__baseline" style={{ insetInlineStart: at(total.baseline) }} />
        ) : null}
        {total.target !== null ? (
          <span className="indicator-bar__target" style={{ insetInlineStart: at(total.target) }} />
        ) : null}
      </div>
      <dl className="indicator-card__figures">
        <div>
          <dt>{t('baseline')}</dt>
          <dd>{formatValue(unit, total.baseline)}</dd>
        </div>
        <div>
          <dt>{t('target')}</dt>
          <dd>{formatValue(unit, total.target)}</dd>
        </div>
        <div>
          <dt>{t('actual')}</dt>
          <dd>{formatValue(unit, total.actual)}</dd>
        </div>
        <div>
          <dt>{t('achievement')}</dt>
          <dd>{formatAchievement(total.achievement, tc('none'))}</dd>
        </div>
      </dl>
      {indicator.direction === 'decrease' ? <p className="field__hint">{t('decreaseHint')}</p> : null}
    </article>
  );
}
