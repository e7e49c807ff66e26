import { z } from 'zod';
import { PUBLIC_LANGUAGES } from './languages.constant';
import { localizedTextSchema, optionalLocalizedTextSchema } from './localized-text.schema';
import { EVENT_KINDS } from './event.constant';
import { questionSchema } from './event.schema';
import { organisationTypeSchema } from './organisation.schema';
import { REGISTRATION_STATUSES } from './event.constant';

const statusSchema = z.enum(REGISTRATION_STATUSES);
const languageSchema = z.enum(PUBLIC_LANGUAGES);

/** What the public form shows of a published event. */
export const publicWorkshopSchema = z.object({
  id: z.number().int(),
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(3000),
  startsAt: z.string(),
  endsAt: z.string(),
  room: z.string(),
  facilitator: z.string(),
  targetAudience: z.string(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
});
export const publicEventSchema = z.object({
  slug: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(5000),
  venue: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  languages: z.array(languageSchema),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  /** Whether a registration sent now would be accepted (published and within the window). */
  registrationOpen: z.boolean(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  questions: z.array(questionSchema),
  workshops: z.array(publicWorkshopSchema),
  /** Days after the event's end until the participants' personal data is anonymised. */
  retentionDays: z.number().int(),
  /** For the optional "Kommune" select of the form. */
  municipalities: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;
export const publicEventListSchema = z.object({
  items: z.array(publicEventSchema.omit({ workshops: true, questions: true, municipalities: true })),
});

const answerValue = z.union([z.string().max(2000), z.boolean()]);

export const createRegistrationSchema = z.strictObject({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  organisationName: z.string().trim().max(200).default(''),
  organisationType: organisationTypeSchema,
  municipalityId: z.number().int().positive().nullable().optional(),
  language: languageSchema.default('de'),
  workshopIds: z
    .array(z.number().int().positive())
    .max(20)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, 'each workshop only once'),
  consent: z.strictObject({
    dataProcessing: z.literal(true, 'consent to data processing is required'),
    participantList: z.boolean().optional(),
  }),
  accessibilityNeeds: z.string().trim().max(1000).optional(),
  interpretingLanguage: z.string().trim().max(100).optional(),
  answers: z.record(z.string().max(40), answerValue).optional(),
});
export type CreateRegistration = z.input<typeof createRegistrationSchema>;

export const registrationWorkshopSchema = z.object({ workshopId: z.number().int(), status: statusSchema });

export const registrationCreatedSchema = z.object({
  id: z.number().int(),
  status: statusSchema,
  workshops: z.array(registrationWorkshopSchema),
  manageToken: z.string(),
});
export type RegistrationCreated = z.infer<typeof registrationCreatedSchema>;

/** The person as a registration stores them: the same fields in the manage page's view and the staff view. */
const registeredPersonFields = {
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  organisationName: z.string(),
  organisationType: organisationTypeSchema,
  municipalityId: z.number().int().nullable(),
  language: languageSchema,
  accessibilityNeeds: z.string(),
  interpretingLanguage: z.string(),
  answers: z.record(z.string(), answerValue),
};

/** The manage page's view: the person's own registration. */
export const manageRegistrationSchema = z.object({
  id: z.number().int(),
  status: statusSchema,
  /** 1-based place on the event's waiting list, null when not waiting. */
  waitlistPosition: z.number().int().nullable(),
  ...registeredPersonFields,
  consent: z.object({ dataProcessing: z.boolean(), participantList: z.boolean() }),
  workshops: z.array(registrationWorkshopSchema),
  createdAt: z.string(),
  event: publicEventSchema,
});
export type ManageRegistration = z.infer<typeof manageRegistrationSchema>;

export const updateOwnRegistrationSchema = z.strictObject({
  workshopIds: z
    .array(z.number().int().positive())
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'each workshop only once'),
});
export type UpdateOwnRegistration = z.infer<typeof updateOwnRegistrationSchema>;

export const manageTokenParamSchema = z.strictObject({ token: z.string().min(20).max(100) });

/** What staff may do with a registration: cancel, move between workshops, move up from the waiting list, erase (Art. 17). */
export const REGISTRATION_ACTIONS = ['cancel', 'move_workshops', 'promote', 'erase'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

/** Staff view of a registration (admin list and detail), with what the caller may do with it now (the API decides). */
export const registrationSchema = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  status: statusSchema,
  ...registeredPersonFields,
  consentParticipantList: z.boolean(),
  workshops: z.array(registrationWorkshopSchema),
  source: z.enum(['public', 'staff']),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  anonymisedAt: z.string().nullable(),
  allowedActions: z.array(z.enum(REGISTRATION_ACTIONS)),
});
export type Registration = z.infer<typeof registrationSchema>;

export const registrationQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  status: statusSchema.optional(),
  workshopId: z.coerce.number().int().positive().optional(),
  municipalityId: z.coerce.number().int().positive().optional(),
  organisationType: organisationTypeSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RegistrationQuery = z.input<typeof registrationQuerySchema>;
/** The query after parsing: paging defaults filled in. */
export type RegistrationFilter = z.output<typeof registrationQuerySchema>;
export const registrationPageSchema = z.object({
  items: z.array(registrationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type RegistrationPage = z.infer<typeof registrationPageSchema>;

export const moveWorkshopsSchema = updateOwnRegistrationSchema;
