'use client';

import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';

/** Events, workshops and registrations are changed by coordinators and admins; everyone logged in may read events. */
export function useCanManageEvents(): boolean {
  const { data: user } = useCurrentUser();
  return hasAnyRole(user, ['admin', 'coordinator']);
}
