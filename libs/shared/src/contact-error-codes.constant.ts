/** What the contacts module (the network) refuses, by code. */
export const CONTACT_ERROR_CODES = ['contact_email_taken'] as const;
export type ContactErrorCode = (typeof CONTACT_ERROR_CODES)[number];
