'use client';

import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';

/** Grants and receipts: finance staff and admins write; coordinators read along (the API enforces both). */
export function useFinanceAccess() {
  const { data: user, isPending } = useCurrentUser();
  return {
    user,
    isPending,
    canRead: hasAnyRole(user, ['admin', 'finance', 'coordinator']),
    canWrite: hasAnyRole(user, ['admin', 'finance']),
  };
}
