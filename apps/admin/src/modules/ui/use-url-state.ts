'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { queryWith, type UrlStateChanges } from './url-state.util';

/**
 * A list's filters, sort and page kept in the address: a reload, the back button or a shared link
 * shows the same view. Returns the current parameters and a function that changes some of them.
 */
export function useUrlState(): [URLSearchParams, (changes: UrlStateChanges) => void] {
  // null only under the Pages Router (src/pages), where no page uses this hook.
  const params = useSearchParams() ?? new URLSearchParams();
  const pathname = usePathname() ?? '';
  const router = useRouter();
  const change = useCallback(
    (changes: UrlStateChanges) => router.push(`${pathname}${queryWith(params.toString(), changes)}`, { scroll: false }),
    [params, pathname, router],
  );
  return [params, change];
}
