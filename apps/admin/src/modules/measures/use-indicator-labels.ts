'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { formatCents, formatGermanDecimal, parseReportingPeriod, type IndicatorUnit } from '@wir/shared';
import { valueToCenti } from './indicator-value-input.util';

/** A value in its unit for reading: "72,5 %", "1.234,56 €", "12 Std.", "ja"; "–" when there is none. */
export function useFormatIndicatorValue() {
  const t = useTranslations('indicators');
  const tc = useTranslations('common');
  return useCallback(
    (unit: IndicatorUnit, value: number | null | undefined): string => {
      if (value === null || value === undefined) return tc('none');
      if (unit === 'yes_no') return value >= 1 ? tc('yes') : tc('no');
      if (unit === 'cents') return formatCents(Math.round(value));
      const number = formatGermanDecimal(valueToCenti(value));
      if (unit === 'percent') return `${number}\u00a0%`;
      if (unit === 'hours') return t('hoursValue', { number });
      return number;
    },
    [t, tc],
  );
}

/** A reporting period in words: "2014", "1. Halbjahr 2014", "3. Quartal 2014". */
export function usePeriodLabel() {
  const t = useTranslations('indicators.periods');
  return useCallback(
    (period: string | null): string => {
      if (period === null) return t('whole');
      const range = parseReportingPeriod(period);
      if (!range) return period;
      const year = period.slice(0, 4);
      if (range.interval === 'year') return year;
      return t(range.interval, { year, n: Number(period.slice(-1)) });
    },
    [t],
  );
}

/** "Stufe 2: Zielgruppen werden erreicht"; input indicators have no step. */
export function useStepLabel() {
  const t = useTranslations('indicators');
  return useCallback(
    (step: number | null): string =>
      step === null ? t('noStep') : t('stepLabel', { step, name: t(`steps.${String(step) as '1'}`) }),
    [t],
  );
}
