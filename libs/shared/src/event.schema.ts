import { z } from 'zod';
import { PUBLIC_LANGUAGES } from './languages.constant';
import { localizedTextSchema, optionalLocalizedTextSchema } from './localized-text.schema';
import { EVENT_KINDS, EVENT_STATUSES, QUESTION_KINDS } from './event.constant';

const isoDateTime = z.iso.datetime({ offset: true });
const languageSchema = z.enum(PUBLIC_LANGUAGES);

export const questionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _'),
  kind: z.enum(QUESTION_KINDS),
  label: localizedTextSchema(300),
  required: z.boolean().default(false),
  options: z
    .array(z.strictObject({ value: z.string().regex(/^[a-z0-9_-]{1,40}$/), label: localizedTextSchema(200) }))
    .max(30)
    .optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const eventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(EVENT_KINDS),
  slug: z.string(),
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(5000),
  venue: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
  languages: z.array(languageSchema),
  retentionDays: z.number().int(),
  questions: z.array(questionSchema),
  confirmedCount: z.number().int(),
  waitlistedCount: z.number().int(),
});
export type Event = z.infer<typeof eventSchema>;
export const eventListSchema = z.object({ items: z.array(eventSchema) });

const eventFields = {
  kind: z.enum(EVENT_KINDS),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens')
    .max(80),
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(5000).optional(),
  venue: z.string().trim().max(300).optional(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  capacity: z.number().int().min(1).max(100_000),
  registrationOpensAt: isoDateTime.nullable().optional(),
  registrationClosesAt: isoDateTime.nullable().optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  languages: z.array(languageSchema).min(1).optional(),
  retentionDays: z.number().int().min(1).max(3650).optional(),
  questions: z.array(questionSchema).max(20).optional(),
};

const checkTimes = (
  v: { startsAt?: string; endsAt?: string; registrationOpensAt?: string | null; registrationClosesAt?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (v.startsAt && v.endsAt && Date.parse(v.endsAt) <= Date.parse(v.startsAt))
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  if (
    v.registrationOpensAt &&
    v.registrationClosesAt &&
    Date.parse(v.registrationClosesAt) <= Date.parse(v.registrationOpensAt)
  )
    ctx.addIssue({ code: 'custom', path: ['registrationClosesAt'], message: 'must be after registrationOpensAt' });
};

export const createEventSchema = z.strictObject(eventFields).superRefine(checkTimes);
export type CreateEvent = z.input<typeof createEventSchema>;
export const updateEventSchema = z
  .strictObject(eventFields)
  .partial()
  .superRefine(checkTimes)
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateEvent = z.input<typeof updateEventSchema>;

export const workshopSchema = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(3000),
  startsAt: z.string(),
  endsAt: z.string(),
  room: z.string(),
  capacity: z.number().int(),
  facilitator: z.string(),
  targetAudience: z.string(),
  confirmedCount: z.number().int(),
  waitlistedCount: z.number().int(),
});
export type Workshop = z.infer<typeof workshopSchema>;
/** GET /workshops: the workshops of every event in one answer (ordered by event, then programme). */
export const workshopListSchema = z.object({ items: z.array(workshopSchema) });

const workshopFields = {
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(3000).optional(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  room: z.string().trim().max(120).optional(),
  capacity: z.number().int().min(1).max(10_000),
  facilitator: z.string().trim().max(200).optional(),
  targetAudience: z.string().trim().max(300).optional(),
};
export const createWorkshopSchema = z.strictObject(workshopFields).superRefine(checkTimes);
export type CreateWorkshop = z.input<typeof createWorkshopSchema>;
export const updateWorkshopSchema = z
  .strictObject(workshopFields)
  .partial()
  .superRefine(checkTimes)
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateWorkshop = z.input<typeof updateWorkshopSchema>;

export const eventDetailSchema = eventSchema.extend({ workshops: z.array(workshopSchema) });
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const eventSlugParamSchema = z.strictObject({ slug: z.string().max(80) });
