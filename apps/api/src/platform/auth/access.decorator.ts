import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { Role } from '@wir/shared';

export const ACCESS_KEY = 'wir:access';

/** Every route names who may call it; a route without a rule is refused (default deny). */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, without a session (OpenAPI: the empty requirement `{}` lifts the document's session cookie requirement). */
export const Public = () =>
  applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule), ApiSecurity({}));
/** Any logged-in user, whatever their roles. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);
/** Users holding one of these roles; `admin` may do everything. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

export const PASSWORD_CHANGE_EXEMPT_KEY = 'wir:password-change-exempt';

/**
 * Open to a session whose user must still change a password someone else set (the session may
 * only read itself, change the password and log out; everything else answers 403).
 */
export const AllowedBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_EXEMPT_KEY, true);

export function mayAccess(userRoles: readonly Role[], rule: AccessRule): boolean {
  if (rule.kind !== 'roles') return true;
  return userRoles.includes('admin') || rule.roles.some((r) => userRoles.includes(r));
}
