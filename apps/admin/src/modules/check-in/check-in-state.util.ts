import type { CheckInCard } from '@wir/shared';

/**
 * What the door sees: `ready` (confirmed, not yet in), `checkedInNow` (green), `alreadyCheckedIn`
 * (amber: came in before), `waitlisted` and `cancelled` (red: no seat).
 */
export type CardState = 'ready' | 'checkedInNow' | 'alreadyCheckedIn' | 'waitlisted' | 'cancelled';

/** `justMarked`: the card is the answer to this desk's POST check-in. */
export function cardStateOf(card: CheckInCard, justMarked: boolean): CardState {
  if (card.status === 'waitlisted') return 'waitlisted';
  if (card.status === 'cancelled') return 'cancelled';
  if (!card.checkedInAt) return 'ready';
  return justMarked && !card.alreadyCheckedIn ? 'checkedInNow' : 'alreadyCheckedIn';
}
