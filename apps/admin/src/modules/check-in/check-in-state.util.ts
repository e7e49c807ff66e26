import type { CheckInCard } from '@wir/shared';

/**
 * What the door sees: `ready` (confirmed, not yet in), `checkedInNow` (green), `alreadyCheckedIn`
 * (amber: came in before), `waitlisted` and `cancelled` (red: no seat), `otherEvent` (red: the
 * registration is for another event than the one this door admits to). In a workshop's room also
 * `workshopWaitlisted` and `notBooked` (red: no confirmed place in this workshop).
 */
export type CardState =
  | 'ready'
  | 'checkedInNow'
  | 'alreadyCheckedIn'
  | 'waitlisted'
  | 'cancelled'
  | 'otherEvent'
  | 'workshopWaitlisted'
  | 'notBooked';

/**
 * `justMarked`: the card is the answer to this desk's POST check-in; `doorEventId`: the event chosen at
 * this door, if any; `workshopId`: the workshop whose room this is (the check-in is then the workshop's).
 */
export function cardStateOf(
  card: CheckInCard,
  justMarked: boolean,
  doorEventId: number | null = null,
  workshopId: number | null = null,
): CardState {
  if (doorEventId !== null && card.eventId !== doorEventId) return 'otherEvent';
  if (card.status === 'waitlisted') return 'waitlisted';
  if (card.status === 'cancelled') return 'cancelled';
  const place = workshopId === null ? null : card.workshops.find((w) => w.workshopId === workshopId);
  if (workshopId !== null && place?.status === 'waitlisted') return 'workshopWaitlisted';
  if (workshopId !== null && place?.status !== 'confirmed') return 'notBooked';
  const checkedInAt = place ? place.checkedInAt : card.checkedInAt;
  if (!checkedInAt) return 'ready';
  return justMarked && !card.alreadyCheckedIn ? 'checkedInNow' : 'alreadyCheckedIn';
}

/** The time shown as "checked in at": the workshop's in a room, else the event's. */
export function checkedInAtOf(card: CheckInCard, workshopId: number | null): string | null {
  if (workshopId === null) return card.checkedInAt;
  return card.workshops.find((w) => w.workshopId === workshopId)?.checkedInAt ?? null;
}
