import type { EventErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the events module; a code added to EVENT_ERROR_CODES does not compile until it is mapped here. */
const EVENT_PROBLEMS = {
  event_slug_taken: { status: 409, title: 'Address taken' },
  event_capacity_below_confirmed: { status: 409, title: 'Capacity below the seats held' },
  workshop_capacity_below_confirmed: { status: 409, title: 'Capacity below the places held' },
} as const satisfies Record<EventErrorCode, ProblemSpec>;

/** A rule of events and workshops refused the change. */
export class EventError extends DomainError {
  constructor(code: EventErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, EVENT_PROBLEMS[code]);
  }
}
