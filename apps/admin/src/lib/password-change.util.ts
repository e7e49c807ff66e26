import { PASSWORD_CHANGE_REQUIRED } from '@wir/shared';
import { isApiError } from './api-error';
import { safeNextPath } from './redirect-to-login.util';

/** Where a user whose password someone else set must change it before anything else. */
export const PASSWORD_CHANGE_PATH = '/passwort-aendern';

/** The change-password page, returning to `next` afterwards. */
export function passwordChangePath(next?: string | null): string {
  const target = safeNextPath(next);
  return target === '/' || target.startsWith(PASSWORD_CHANGE_PATH)
    ? PASSWORD_CHANGE_PATH
    : `${PASSWORD_CHANGE_PATH}?next=${encodeURIComponent(target)}`;
}

/** The API refused because the password must be changed first (403 password_change_required). */
export function isPasswordChangeRequired(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.code === PASSWORD_CHANGE_REQUIRED;
}

/** Sends the browser to the change-password page, remembering where it was. */
export function redirectToPasswordChange(): void {
  if (typeof window === 'undefined') return;
  const { pathname, search } = window.location;
  if (pathname === PASSWORD_CHANGE_PATH) return;
  window.location.assign(passwordChangePath(pathname + search));
}
