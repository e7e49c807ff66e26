import type { CheckInCard } from '@wir/shared';

/**
 * What the door sees: `ready` (confirmed, not yet in), `checkedInNow` (green), `alreadyCheckedIn`
 * (amber: came in before), `waitlisted` and `cancelled` (red: no seat), `otherEvent` (red: the
 * registration is for another event than the one this door admits to).
 */
export type CardState = 'ready' | 'checkedInNow' | 'alreadyCheckedIn' | 'waitlisted' | 'cancelled' | 'otherEvent';

/** `justMarked`: the card is the answer to this desk's POST check-in; `doorEventId`: the event chosen at this door, if any. */
export function cardStateOf(card: CheckInCard, justMarked: boolean, doorEventId: number | null = null): CardState {
  if (doorEventId !== null && card.eventId !== doorEventId) return 'otherEvent';
  if (card.status === 'waitlisted') return 'waitlisted';
  if (card.status === 'cancelled') return 'cancelled';
  if (!card.checkedInAt) return 'ready';
  return justMarked && !card.alreadyCheckedIn ? 'checkedInNow' : 'alreadyCheckedIn';
}
