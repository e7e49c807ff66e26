'use client';

import { useFormatter } from 'next-intl';
import { useCallback } from 'react';

/** A figure already in per cent (12.5) in the UI language ("12,5 %"); null as a dash. */
export function useFormatPercent() {
  const format = useFormatter();
  return useCallback(
    (percent: number | null, { signed = false } = {}) =>
      percent === null
        ? '–'
        : format.number(percent / 100, {
            style: 'percent',
            maximumFractionDigits: 1,
            signDisplay: signed ? 'exceptZero' : 'auto',
          }),
    [format],
  );
}
