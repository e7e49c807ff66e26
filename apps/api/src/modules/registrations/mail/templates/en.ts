import type { MailCatalog } from './mail-catalog';

export const en: MailCatalog = {
  language: 'en',
  intlLocale: 'en-GB',
  dir: 'ltr',
  greeting: (c) => `Hello ${c.firstName} ${c.lastName},`,
  closing: ['Kind regards', 'Integration Office, Kreis Offenbach'],
  labels: {
    details: 'The event',
    what: 'What',
    when: 'When',
    where: 'Where',
    workshops: 'Your workshops',
    room: 'Room',
    manageLink: 'View, change or cancel your registration',
    manageLinkElsewhere: 'You find the link to view, change or cancel your registration in the first e-mail about it.',
    checkInHeading: 'Your code for entry',
    checkInHint: 'Show this QR code at the entrance. Or tell us this code:',
    qrAlt: 'QR code for entry, code',
    calendarHint: 'A calendar entry (.ics) is attached.',
  },
  workshopStatus: { confirmed: 'place confirmed', waitlisted: 'on the waiting list', cancelled: 'cancelled' },
  kinds: {
    registration_confirmed: {
      subject: (c) => `Registration confirmed: ${c.eventTitle}`,
      body: () => ['You are registered. We look forward to seeing you!'],
    },
    registration_waitlisted: {
      subject: (c) => `Waiting list: ${c.eventTitle}`,
      body: (c) => [
        'The event is full at the moment. You are on the waiting list.',
        ...(c.waitlistPosition ? [`Your place on the waiting list: ${c.waitlistPosition}.`] : []),
        'If a place becomes free, you get it automatically. We will then send you an e-mail. You do not need to do anything.',
      ],
    },
    registration_moved_up: {
      subject: (c) => `You have a place: ${c.eventTitle}`,
      body: () => ['Good news: a place has become free. You are now registered.'],
    },
    registration_changed: {
      subject: (c) => `Registration changed: ${c.eventTitle}`,
      body: () => ['Your registration has been changed. This is how it is now:'],
    },
    registration_cancelled: {
      subject: (c) => `Cancellation confirmed: ${c.eventTitle}`,
      body: () => [
        'Your registration is cancelled. Your place is free for others again.',
        'Was this a mistake? Then please register again.',
      ],
    },
    event_reminder: {
      subject: (c) => `Reminder: ${c.eventTitle} on ${c.day}`,
      body: (c) => [
        `See you soon! We will see you on ${c.day}.`,
        'Cannot come? Then please cancel. This way someone else gets your place.',
      ],
    },
  },
};
