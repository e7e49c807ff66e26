'use client';

import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';

/** Questionnaires and their answers: coordinators and admins only (finance and the door get 403 from the API). */
export function useSurveysAccess() {
  const { data: user, isPending } = useCurrentUser();
  return { user, isPending, canManage: hasAnyRole(user, ['admin', 'coordinator']) };
}
