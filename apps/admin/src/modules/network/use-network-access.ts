'use client';

import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';

/** Contacts and offers: coordinators and admins only (the API enforces it; finance and the door get 403). */
export function useNetworkAccess() {
  const { data: user, isPending } = useCurrentUser();
  return { user, isPending, allowed: hasAnyRole(user, ['admin', 'coordinator']) };
}
