/** Codes of the events module (events, workshops): see apps/api/src/modules/events/events.errors.ts. */
export const EVENT_ERROR_CODES = [
  'event_slug_taken',
  'event_capacity_below_confirmed',
  'workshop_capacity_below_confirmed',
] as const;
export type EventErrorCode = (typeof EVENT_ERROR_CODES)[number];
