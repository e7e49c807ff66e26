import { z } from 'zod';
import { idSchema } from './id.schema';
import { localizedTextSchema } from './localized-text.schema';
import { REGISTRATION_STATUSES } from './event.constant';

/** The code in the confirmation mail's QR code, e.g. "WIR-42-3f9a0c1b2d4e". */
export const CHECK_IN_CODE_PATTERN = /^WIR-\d{1,10}-[0-9a-f]{12}$/;

/** A typed or scanned code, tidied (spaces, case) into the form of CHECK_IN_CODE_PATTERN. */
export const checkInCodeSchema = z
  .string()
  .trim()
  .transform((c) => c.replace(/\s+/g, '').replace(/^wir-/i, 'WIR-').toLowerCase().replace(/^wir-/, 'WIR-'))
  .pipe(z.string().regex(CHECK_IN_CODE_PATTERN, 'is not a check-in code'));

export const checkInLookupQuerySchema = z.strictObject({ code: checkInCodeSchema });

/**
 * Letting a person in: the code of their QR code (a registration id alone is not enough) and the
 * event this door admits to; a registration of another event is refused. With `workshopId` (a
 * workshop of that event: the door or the workshop's room), the person is checked in at the
 * workshop too; only a confirmed place in it lets them in.
 */
export const checkInRequestSchema = z.strictObject({
  code: checkInCodeSchema,
  eventId: idSchema,
  workshopId: idSchema.optional(),
});
export type CheckInRequest = z.input<typeof checkInRequestSchema>;

export const checkInCardSchema = z.object({
  registrationId: z.number().int(),
  eventId: z.number().int(),
  eventTitle: localizedTextSchema(200),
  firstName: z.string(),
  lastName: z.string(),
  organisationName: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  /** `checkedInAt`: when the person was checked in at that workshop (null: not yet). */
  workshops: z.array(
    z.object({
      workshopId: z.number().int(),
      title: localizedTextSchema(200),
      startsAt: z.string(),
      room: z.string(),
      status: z.enum(REGISTRATION_STATUSES),
      checkedInAt: z.string().nullable(),
    }),
  ),
  checkedInAt: z.string().nullable(),
  /** True when this request found the person checked in already (at the workshop, when it named one). */
  alreadyCheckedIn: z.boolean(),
});
export type CheckInCard = z.infer<typeof checkInCardSchema>;
