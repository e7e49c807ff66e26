/** What the registrations service puts into a participant mail's payload. */
export type RegistrationMailPayload = {
  firstName: string;
  lastName: string;
  event: { title: string; venue: string; startsAt: string; endsAt: string; slug: string };
  workshops: {
    title: string;
    startsAt: string;
    endsAt: string;
    room: string;
    status: 'confirmed' | 'waitlisted' | 'cancelled';
  }[];
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  /** Full URL of the manage page (holds the secret token); null where the mail cannot know it. */
  manageUrl: string | null;
  /** Encoded in the check-in QR code; present when confirmed. */
  checkInCode: string | null;
  waitlistPosition: number | null;
};
