'use client';

import type { ReactNode } from 'react';
import { CHART_COLORS } from './chart-colors.constant';
import { LazyChart } from './lazy-chart';

/**
 * A share as a ring that fills up (`value` of `max`), its figure in the middle, and the same in words
 * beside it (the words are what screen readers get).
 */
export function RingFigure({
  value,
  max,
  color,
  centre,
  centreClassName,
  children,
}: {
  value: number;
  max: number;
  color: string;
  centre: string;
  centreClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className="check-in-rate">
      <div aria-hidden="true" className="check-in-rate__ring">
        <LazyChart height={180} spec={{ kind: 'ring', value, max, color, track: CHART_COLORS.free }} />
        <span className={centreClassName ? `check-in-rate__percent ${centreClassName}` : 'check-in-rate__percent'}>
          {centre}
        </span>
      </div>
      <p className="check-in-rate__text">{children}</p>
    </div>
  );
}
