'use client';

import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';

/** Master data may be changed by admins and coordinators; everyone logged in may read it. */
export function useCanEditMasterData(): boolean {
  const { data: user } = useCurrentUser();
  return hasAnyRole(user, ['admin', 'coordinator']);
}
