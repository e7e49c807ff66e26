import type { Role, User } from '@wir/shared';

/** Whether the user holds one of the roles; usable on the server (pages choosing their reads) and in the browser. */
export function hasAnyRole(user: User | null | undefined, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}
