'use client';

import { useTranslations } from 'next-intl';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { RingFigure } from '@/modules/ui/ring-figure';

/** How many confirmed people have come in: the figure in words, and a ring that fills up. */
export function CheckInRateChart({ confirmed, checkedIn }: { confirmed: number; checkedIn: number }) {
  const t = useTranslations('eventStats');
  const percent = confirmed > 0 ? Math.round((checkedIn / confirmed) * 100) : 0;
  return (
    <RingFigure value={checkedIn} max={confirmed} color={CHART_COLORS.confirmed} centre={t('percent', { percent })}>
      {t('checkInRate', { checkedIn, confirmed, percent })}
    </RingFigure>
  );
}
