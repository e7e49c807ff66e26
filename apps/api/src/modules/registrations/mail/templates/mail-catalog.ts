import type { RegistrationMailKind } from '../registration-mail-parts';

export type ParticipationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** Values a catalog's texts may use; dates are already formatted in the catalog's locale. */
export type MailTextContext = {
  firstName: string;
  lastName: string;
  eventTitle: string;
  venue: string;
  /** Event start and end, e.g. "22.05.2014, 09:00–16:30 Uhr". */
  when: string;
  /** Event day in words, e.g. "Donnerstag, 22. Mai 2014". */
  day: string;
  waitlistPosition: number | null;
};

/**
 * All texts of the registration mails in one language. The layout (which parts a kind shows,
 * HTML, attachments) is shared; a language is added by adding a catalog file and listing it in
 * `catalogs.ts`.
 */
export type MailCatalog = {
  /** The `language` value stored with the registration, e.g. "de". */
  language: string;
  /** Locale for dates (Intl), e.g. "de-DE". */
  intlLocale: string;
  dir: 'ltr' | 'rtl';
  greeting(c: MailTextContext): string;
  /** Closing lines, e.g. ["Freundliche Grüße", "Integrationsbüro Kreis Offenbach"]. */
  closing: string[];
  labels: {
    details: string;
    what: string;
    when: string;
    where: string;
    workshops: string;
    room: string;
    /** Text of the manage link (what the person can do there). */
    manageLink: string;
    /** Where the manage link is when this mail cannot carry it (only a hash of the token is stored). */
    manageLinkElsewhere: string;
    checkInHeading: string;
    /** Followed by the code in text form. */
    checkInHint: string;
    /** Alt text of the QR image; followed by the code. */
    qrAlt: string;
    calendarHint: string;
  };
  workshopStatus: Record<ParticipationStatus, string>;
  kinds: Record<RegistrationMailKind, { subject(c: MailTextContext): string; body(c: MailTextContext): string[] }>;
};
