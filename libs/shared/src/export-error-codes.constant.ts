/** What the participant exports (badges, certificates) refuse, by code. */
export const EXPORT_ERROR_CODES = [
  'export_no_confirmed_registrations',
  'export_not_checked_in',
  'export_nobody_checked_in',
] as const;
export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[number];
