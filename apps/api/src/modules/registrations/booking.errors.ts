import type { BookingErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the booking module; a code added to BOOKING_ERROR_CODES does not compile until it is mapped here. */
const BOOKING_PROBLEMS = {
  already_registered: { status: 409, title: 'Already registered' },
  registration_closed: { status: 409, title: 'Registration not open' },
  registration_waitlisted: { status: 409, title: 'On the waiting list' },
  registration_cancelled: { status: 409, title: 'Registration cancelled' },
  registration_not_waitlisted: { status: 409, title: 'Not on the waiting list' },
  registration_anonymised: { status: 409, title: 'Personal data erased' },
  no_free_seat: { status: 409, title: 'No free seat' },
  event_archived: { status: 409, title: 'Event archived' },
  wrong_event: { status: 409, title: 'Registration for another event' },
  workshop_not_booked: { status: 409, title: 'No place in this workshop' },
  workshop_waitlisted: { status: 409, title: "On the workshop's waiting list" },
} as const satisfies Record<BookingErrorCode, ProblemSpec>;

/** A booking rule (registration window, seats, waiting list, check-in) refused the request. */
export class BookingError extends DomainError {
  constructor(code: BookingErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, BOOKING_PROBLEMS[code]);
  }
}

/** The e-mail address holds a live registration for the event already (both booking paths say it the same way). */
export function alreadyRegistered(): BookingError {
  return new BookingError(
    'already_registered',
    'This e-mail address is registered for this event already. We can send the link to manage the registration again.',
    {
      errors: [{ path: 'email', message: 'is registered already' }],
    },
  );
}
