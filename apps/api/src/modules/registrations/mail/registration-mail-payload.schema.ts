import { z } from 'zod';
import type { RegistrationMailPayload } from './registration-mail-payload';

const participationStatus = z.enum(['confirmed', 'waitlisted', 'cancelled']);
const isoDateTime = z.iso.datetime({ offset: true });

/** Checks a stored payload against RegistrationMailPayload before a mail is rendered from it. */
export const registrationMailPayloadSchema: z.ZodType<RegistrationMailPayload> = z.object({
  firstName: z.string(),
  lastName: z.string(),
  event: z.object({
    title: z.string(),
    venue: z.string(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    slug: z.string(),
  }),
  workshops: z.array(
    z.object({
      title: z.string(),
      startsAt: isoDateTime,
      endsAt: isoDateTime,
      room: z.string(),
      status: participationStatus,
    }),
  ),
  status: participationStatus,
  manageUrl: z.string().nullable(),
  checkInCode: z.string().nullable(),
  waitlistPosition: z.number().int().nullable(),
});
