import { queryKeys } from '@/lib/query-keys';

/** The Sachbericht's query keys (under the grant's, so the grant's invalidation reaches them). */
export const narrativeReportKey = (grantId: number) =>
  [...queryKeys.grants.detail(grantId), 'narrative-report'] as const;
export const narrativeReportVersionsKey = (grantId: number) => [...narrativeReportKey(grantId), 'versions'] as const;
