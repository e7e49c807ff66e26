import type { PlaywrightWorkerArgs } from '@playwright/test';
import type { CreateUser, Role } from '@wir/shared';
import { createUserWithOwnPassword, type ApiSession } from './e2e-helpers';

/** A staff member of one journey run: the e-mail is `<local>.<stamp>@example.org`, unique to the run. */
export function journeyUser(stamp: string, local: string, displayName: string, password: string) {
  return { email: `${local}.${stamp}@example.org`, displayName, password };
}

/** Creates staff users with `roles` as the admin; each sets its own password (see createUserWithOwnPassword). */
export async function createStaff(
  playwright: PlaywrightWorkerArgs['playwright'],
  admin: ApiSession,
  roles: Role[],
  ...users: Omit<CreateUser, 'roles'>[]
): Promise<void> {
  for (const user of users) await createUserWithOwnPassword(playwright, admin, { ...user, roles });
}
