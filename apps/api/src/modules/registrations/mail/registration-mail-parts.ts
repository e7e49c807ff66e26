export const REGISTRATION_MAIL_KINDS = [
  'registration_confirmed',
  'registration_waitlisted',
  'registration_moved_up',
  'registration_changed',
  'registration_cancelled',
  'event_reminder',
] as const;
export type RegistrationMailKind = (typeof REGISTRATION_MAIL_KINDS)[number];

/** Which parts each kind of mail shows; the texts come from the language catalogs. */
export const MAIL_KIND_PARTS: Readonly<
  Record<RegistrationMailKind, { workshops: boolean; manageLink: boolean; checkIn: boolean; calendar: boolean }>
> = {
  registration_confirmed: { workshops: true, manageLink: true, checkIn: true, calendar: true },
  registration_waitlisted: { workshops: true, manageLink: true, checkIn: false, calendar: false },
  registration_moved_up: { workshops: true, manageLink: true, checkIn: true, calendar: true },
  registration_changed: { workshops: true, manageLink: true, checkIn: false, calendar: false },
  registration_cancelled: { workshops: false, manageLink: false, checkIn: false, calendar: false },
  // The QR code again, so it is at hand on the day.
  event_reminder: { workshops: true, manageLink: true, checkIn: true, calendar: false },
};
