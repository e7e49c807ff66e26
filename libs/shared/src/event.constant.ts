// Without zod, so the event forms in the browser bundle no schemas.

export const EVENT_KINDS = ['conference', 'training'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'closed', 'archived'] as const;
export const QUESTION_KINDS = ['text', 'choice', 'yes_no'] as const;
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
