'use client';

import { useFormatter } from 'next-intl';
import { useCallback } from 'react';

const RANGE = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' } as const;

/** Formats a start–end pair in the UI language and Europe/Berlin ("22.05.2014, 09:00–12:30"). */
export function useFormatRange() {
  const format = useFormatter();
  return useCallback(
    (startsAt: string, endsAt: string) => format.dateTimeRange(new Date(startsAt), new Date(endsAt), RANGE),
    [format],
  );
}
