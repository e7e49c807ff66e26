import type { EventDetail } from '@wir/shared';
import type { RegistrationFormEvent } from '@/modules/registration-form/registration-form-values.util';

/** The staff's event detail in the shape the registration form takes (seats left from the counts). */
export function toFormEvent(event: EventDetail): RegistrationFormEvent {
  return {
    languages: event.languages,
    questions: event.questions,
    retentionDays: event.retentionDays,
    workshops: event.workshops.map((w) => ({ ...w, seatsLeft: Math.max(0, w.capacity - w.confirmedCount) })),
  };
}
