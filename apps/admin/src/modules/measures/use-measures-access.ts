'use client';

import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';

/** Measures and indicators: coordinators and admins write; finance reads along; the door (checkin) sees none of it (the API enforces all of this). */
export function useMeasuresAccess() {
  const { data: user, isPending } = useCurrentUser();
  return {
    user,
    isPending,
    canRead: hasAnyRole(user, ['admin', 'coordinator', 'finance']),
    canWrite: hasAnyRole(user, ['admin', 'coordinator']),
  };
}
