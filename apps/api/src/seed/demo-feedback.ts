/**
 * The feedback form of the training of 22.05.2014 (rescue services): anonymous, mailed the day after to
 * the 21 people checked in; 17 answered within a week (illustrative answers). It feeds the outcome
 * indicator of measure IÖ-1 "share rating their intercultural competence as improved (≥ 4 of 5)".
 */
export const DEMO_FEEDBACK = {
  eventSlug: 'workshop-rettungsdienst-2014',
  measureCode: 'IÖ-1',
  title: {
    de: 'Rückmeldung: Interkulturelle Kompetenz im Rettungsdienst',
    en: 'Feedback: Intercultural competence in the rescue services',
  },
  introduction: {
    de: 'Danke, dass Sie am 22.05.2014 dabei waren. Ihre Antworten sind anonym.',
    en: 'Thank you for taking part on 22 May 2014. Your answers are anonymous.',
  },
  opensAt: new Date('2014-05-22T14:00:00Z'),
  closesAt: new Date('2014-06-15T21:59:00Z'),
  mailedAt: new Date('2014-05-23T06:00:00Z'),
  /** zufriedenheit, kompetenz (1–5), empfehlung, anregungen; submitted on day n after the mail. */
  answers: [
    {
      day: 0,
      zufriedenheit: 5,
      kompetenz: 5,
      empfehlung: true,
      anregungen: 'Mehr Fallbeispiele aus echten Einsätzen, gern auch mit Dolmetschenden.',
    },
    { day: 0, zufriedenheit: 4, kompetenz: 4, empfehlung: true },
    {
      day: 0,
      zufriedenheit: 5,
      kompetenz: 4,
      empfehlung: true,
      anregungen: 'Eine kurze Karte mit Sätzen in mehreren Sprachen für den Rettungswagen.',
    },
    { day: 1, zufriedenheit: 4, kompetenz: 5, empfehlung: true },
    { day: 1, zufriedenheit: 3, kompetenz: 3, empfehlung: true },
    { day: 1, zufriedenheit: 4, kompetenz: 4, empfehlung: true },
    {
      day: 1,
      zufriedenheit: 5,
      kompetenz: 5,
      empfehlung: true,
      anregungen: 'Auch die Leitstelle sollte die Schulung bekommen.',
    },
    { day: 2, zufriedenheit: 4, kompetenz: 4, empfehlung: true },
    { day: 2, zufriedenheit: 2, kompetenz: 2, empfehlung: false, anregungen: 'Zu viel Theorie, zu wenig Übungen.' },
    { day: 2, zufriedenheit: 4, kompetenz: 3, empfehlung: true },
    { day: 3, zufriedenheit: 5, kompetenz: 4, empfehlung: true },
    { day: 3, zufriedenheit: 4, kompetenz: 4, empfehlung: true },
    { day: 4, zufriedenheit: 3, kompetenz: 2, empfehlung: false },
    {
      day: 4,
      zufriedenheit: 4,
      kompetenz: 5,
      empfehlung: true,
      anregungen: 'Bitte eine Auffrischung im nächsten Jahr.',
    },
    { day: 5, zufriedenheit: 5, kompetenz: 4, empfehlung: true },
    { day: 6, zufriedenheit: 3, kompetenz: 3, empfehlung: true },
    { day: 6, zufriedenheit: 4, kompetenz: 4, empfehlung: true },
  ],
  indicator: {
    name: 'Anteil mit gestärkter interkultureller Kompetenz (≥ 4 von 5)',
    level: 'outcome' as const,
    step: 4,
    method:
      'Anonymer Feedback-Bogen nach dem Workshop, Frage „Meine interkulturelle Kompetenz hat sich verbessert“ (1–5); Anteil der Antworten 4 oder 5',
    target: { period: '2014', value: 75 },
  },
};
