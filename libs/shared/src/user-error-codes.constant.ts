/** What the staff accounts refuse, by code. */
export const USER_ERROR_CODES = ['user_email_taken', 'user_last_admin'] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];
