// Without zod: the admin's browser code reads this problem code.

/** The problem code of every route but /auth/me, /auth/password and /auth/logout while `user.mustChangePassword` is set. */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';
