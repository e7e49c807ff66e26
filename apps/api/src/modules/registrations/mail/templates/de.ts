import type { MailCatalog } from './mail-catalog';

/** German (default). Plain language: short sentences, no jargon. */
export const de: MailCatalog = {
  language: 'de',
  intlLocale: 'de-DE',
  dir: 'ltr',
  greeting: (c) => `Guten Tag ${c.firstName} ${c.lastName},`,
  closing: ['Freundliche Grüße', 'Integrationsbüro Kreis Offenbach'],
  labels: {
    details: 'Die Veranstaltung',
    what: 'Was',
    when: 'Wann',
    where: 'Wo',
    workshops: 'Ihre Workshops',
    room: 'Raum',
    manageLink: 'Anmeldung ansehen, ändern oder absagen',
    manageLinkElsewhere:
      'Den Link zum Ansehen, Ändern oder Absagen finden Sie in der ersten E-Mail zu Ihrer Anmeldung.',
    checkInHeading: 'Ihr Code für den Einlass',
    checkInHint: 'Zeigen Sie diesen QR-Code am Eingang. Oder nennen Sie diesen Code:',
    qrAlt: 'QR-Code für den Einlass, Code',
    calendarHint: 'Im Anhang finden Sie einen Kalender-Eintrag (.ics).',
  },
  workshopStatus: { confirmed: 'Platz bestätigt', waitlisted: 'auf der Warteliste', cancelled: 'abgesagt' },
  kinds: {
    registration_confirmed: {
      subject: (c) => `Anmeldung bestätigt: ${c.eventTitle}`,
      body: () => ['Sie sind angemeldet. Wir freuen uns auf Sie!'],
    },
    registration_waitlisted: {
      subject: (c) => `Warteliste: ${c.eventTitle}`,
      body: (c) => [
        'Die Veranstaltung ist im Moment voll. Sie stehen auf der Warteliste.',
        ...(c.waitlistPosition ? [`Ihr Platz auf der Warteliste: ${c.waitlistPosition}.`] : []),
        'Wird ein Platz frei, bekommen Sie ihn automatisch. Dann schicken wir Ihnen eine E-Mail. Sie müssen nichts tun.',
      ],
    },
    registration_moved_up: {
      subject: (c) => `Sie haben einen Platz: ${c.eventTitle}`,
      body: () => ['Gute Nachricht: Ein Platz ist frei geworden. Sie sind jetzt angemeldet.'],
    },
    registration_changed: {
      subject: (c) => `Anmeldung geändert: ${c.eventTitle}`,
      body: () => ['Ihre Anmeldung wurde geändert. So ist es jetzt:'],
    },
    registration_cancelled: {
      subject: (c) => `Abmeldung bestätigt: ${c.eventTitle}`,
      body: () => [
        'Sie sind jetzt abgemeldet. Ihr Platz ist wieder frei für andere.',
        'War das ein Fehler? Dann melden Sie sich bitte neu an.',
      ],
    },
    event_reminder: {
      subject: (c) => `Erinnerung: ${c.eventTitle} am ${c.day}`,
      body: (c) => [
        `Bis bald! Wir sehen uns am ${c.day}.`,
        'Sie können nicht kommen? Dann sagen Sie bitte ab. So bekommt jemand anderes Ihren Platz.',
      ],
    },
  },
};
