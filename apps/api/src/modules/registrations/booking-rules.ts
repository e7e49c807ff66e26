import type { Question } from '@wir/shared';
import type { FieldError } from '#api/platform/errors/domain.error';

/*
 * The booking rules, in one place. Both booking paths (BookingRepository: step by step on SQLite, one
 * statement on PostgreSQL) are built from these, and booking-paths.e2e-spec.ts runs one rule table
 * against both:
 * - registration is open only in the event's window (registrationWindow), workshops of one person do
 *   not overlap (clashErrors), answers match the questions (answerErrors): checked before booking;
 * - a seat is taken only while the counter is below the capacity (SEAT_FREE_SQL), on the event and
 *   on each workshop; with a seat the registration or place is confirmed, without it waits (statusFor);
 * - workshop places are taken only with an event seat (someone waiting for the event waits for their
 *   workshops too), in workshop id order after the event row (bookingOrder: every transaction takes
 *   its locks in the same order);
 * - one live (not cancelled) registration per e-mail address and event (LIVE_REGISTRATION_SQL, and the
 *   partial unique index behind it): a second is refused with already_registered.
 */

export type PlaceStatus = 'confirmed' | 'waitlisted';

/** The guard of every seat counter UPDATE. */
export const SEAT_FREE_SQL = 'confirmed_count < capacity';

/** A registration (or workshop place) with a seat is confirmed; without one it waits. */
export function statusFor(seat: boolean): PlaceStatus {
  return seat ? 'confirmed' : 'waitlisted';
}

/** statusFor as SQL, for a condition that says whether the seat was taken. */
export function statusSql(seatTaken: string): string {
  return `CASE WHEN ${seatTaken} THEN '${statusFor(true)}' ELSE '${statusFor(false)}' END`;
}

/** Workshop places are only given with an event seat. */
export function mayTakeWorkshopSeat(eventSeat: boolean): boolean {
  return eventSeat;
}

/** Workshops in id order (lock order). */
export function bookingOrder(workshopIds: number[]): number[] {
  return [...workshopIds].sort((a, b) => a - b);
}

/** Registrations that count for "registered already": every one not cancelled. */
export const LIVE_REGISTRATION_SQL = "status <> 'cancelled'";

type Slot = { id: number; startsAt: Date; endsAt: Date };

/** Workshops of one person must not overlap in time: at most one per time slot. */
export function clashErrors(selected: Slot[]): FieldError[] {
  const sorted = [...selected].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const errors: FieldError[] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startsAt < sorted[i - 1].endsAt) {
      errors.push({
        path: 'workshopIds',
        message: `workshops ${sorted[i - 1].id} and ${sorted[i].id} take place at the same time`,
      });
    }
  }
  return errors;
}

/** Answers must match the event's questions: known keys, right kinds, required ones present. */
export function answerErrors(questions: Question[], answers: Record<string, string | boolean>): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) errors.push({ path: `answers.${key}`, message: 'unknown question' });
  }
  for (const q of questions) {
    const value = answers[q.key];
    const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (missing) {
      if (q.required) errors.push({ path: `answers.${q.key}`, message: 'is required' });
      continue;
    }
    if (q.kind === 'yes_no' && typeof value !== 'boolean')
      errors.push({ path: `answers.${q.key}`, message: 'must be yes or no' });
    if (q.kind === 'text' && typeof value !== 'string')
      errors.push({ path: `answers.${q.key}`, message: 'must be text' });
    if (q.kind === 'choice' && !(q.options ?? []).some((o) => o.value === value))
      errors.push({ path: `answers.${q.key}`, message: 'is not one of the choices' });
  }
  return errors;
}

export type WindowState = 'open' | 'not_published' | 'not_yet_open' | 'closed';

/** Registration is open while the event is published, after the window opens and before it closes (default: the event's start). */
export function registrationWindow(
  event: { status: string; registrationOpensAt: Date | null; registrationClosesAt: Date | null; startsAt: Date },
  now: Date,
): WindowState {
  if (event.status !== 'published') return 'not_published';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not_yet_open';
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  if (now >= closesAt) return 'closed';
  return 'open';
}
