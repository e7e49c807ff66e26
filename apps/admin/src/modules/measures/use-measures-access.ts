'use client';

import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { MEASURE_READERS, MEASURE_WRITERS } from './measures-access.util';

/** Who reads and who writes measures (measures-access.util.ts), for the signed-in user. */
export function useMeasuresAccess() {
  const { data: user, isPending } = useCurrentUser();
  return {
    user,
    isPending,
    canRead: hasAnyRole(user, MEASURE_READERS),
    canWrite: hasAnyRole(user, MEASURE_WRITERS),
  };
}
