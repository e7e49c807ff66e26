'use client';

import { useTranslations } from 'next-intl';
import { PolarAngleAxis, RadialBar, RadialBarChart } from 'recharts';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';

/** How many confirmed people have come in: the figure in words, and a ring that fills up. */
export function CheckInRateChart({ confirmed, checkedIn }: { confirmed: number; checkedIn: number }) {
  const t = useTranslations('eventStats');
  const percent = confirmed > 0 ? Math.round((checkedIn / confirmed) * 100) : 0;
  return (
    <div className="check-in-rate">
      <div aria-hidden="true" className="check-in-rate__ring">
        <RadialBarChart
          responsive
          accessibilityLayer={false}
          data={[{ key: 'checkedIn', value: checkedIn }]}
          innerRadius="72%"
          outerRadius="100%"
          startAngle={90}
          endAngle={-270}
          style={{ inlineSize: 180, blockSize: 180 }}
        >
          <PolarAngleAxis type="number" domain={[0, Math.max(confirmed, 1)]} tick={false} axisLine={false} />
          <RadialBar
            dataKey="value"
            fill={CHART_COLORS.confirmed}
            background={{ fill: CHART_COLORS.free }}
            cornerRadius={6}
            isAnimationActive={false}
          />
        </RadialBarChart>
        <span className="check-in-rate__percent">{t('percent', { percent })}</span>
      </div>
      <p className="check-in-rate__text">{t('checkInRate', { checkedIn, confirmed, percent })}</p>
    </div>
  );
}
