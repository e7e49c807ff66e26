/**
 * Codes of the booking module (registrations, seats, waiting lists, check-in): see
 * apps/api/src/modules/registrations/booking.errors.ts.
 */
export const BOOKING_ERROR_CODES = [
  'already_registered',
  'registration_closed',
  'registration_waitlisted',
  'registration_cancelled',
  'registration_not_waitlisted',
  'registration_anonymised',
  'no_free_seat',
  'event_archived',
  'wrong_event',
  'workshop_not_booked',
  'workshop_waitlisted',
] as const;
export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];
