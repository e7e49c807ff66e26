'use client';

import { useFormatter } from 'next-intl';
import { useCallback } from 'react';

/** A byte count for people: "812 kB", "3,4 MB". */
export function useFormatBytes() {
  const format = useFormatter();
  return useCallback(
    (bytes: number) =>
      bytes < 1024 * 1024
        ? `${format.number(Math.max(1, Math.round(bytes / 1024)))} kB`
        : `${format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`,
    [format],
  );
}
