import type { Role } from '@wir/shared';

/** A door helper: holds `checkin` and no other role, so sees the check-in screen only. */
export function isCheckInOnly(roles: readonly Role[] | undefined): boolean {
  return !!roles && roles.length > 0 && roles.every((role) => role === 'checkin');
}
