import type { MailSubject } from '#api/platform/mail/mail-subject';

/** The outbox subject type of the booking's mails (confirmations, reminders, the event feedback link). */
export const REGISTRATION_MAIL_SUBJECT = 'registration';

/** A registration as the outbox knows it: its mails are found, counted and erased by it. */
export function registrationMailSubject(registrationId: number): MailSubject {
  return { type: REGISTRATION_MAIL_SUBJECT, id: registrationId };
}
