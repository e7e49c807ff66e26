/** Roles a user may hold; a user may hold several. */
export const ROLES = ['admin', 'coordinator', 'finance', 'checkin'] as const;
export type Role = (typeof ROLES)[number];
