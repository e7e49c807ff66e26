import { z } from 'zod';
import { PUBLIC_LANGUAGES } from './languages.constant';
import { localizedTextSchema, optionalLocalizedTextSchema } from './localized-text.schema';
import { ORGANISATION_TYPES } from './organisation-types.constant';
import { surveyDefinitionSchema } from './survey-definition.schema';

/**
 * A questionnaire (Erhebungsbogen, feedback form): `invited` sends personal links to contacts;
 * `anonymous` has one shared link (or per-registration feedback links) with no tie to a person.
 */
export const SURVEY_MODES = ['invited', 'anonymous'] as const;
export type SurveyMode = (typeof SURVEY_MODES)[number];
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
/** revoked > submitted > in_progress (a response exists) > opened > invited. */
export const INVITATION_STATES = ['invited', 'opened', 'in_progress', 'submitted', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

const isoDateTime = z.iso.datetime({ offset: true });

export const surveyVersionSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  definition: surveyDefinitionSchema,
  createdAt: z.string(),
});
export type SurveyVersion = z.infer<typeof surveyVersionSchema>;

const surveyBase = {
  id: z.number().int(),
  title: localizedTextSchema(300),
  introduction: optionalLocalizedTextSchema(5000).nullable(),
  mode: z.enum(SURVEY_MODES),
  /** Set when the survey is the feedback form of an event. */
  eventId: z.number().int().nullable(),
  status: z.enum(SURVEY_STATUSES),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  autoReminderDaysBeforeClose: z.number().int().nullable(),
  /** Anonymous mode: a one-link token exists (the link itself is shown only when created). */
  hasPublicLink: z.boolean(),
  currentVersionNumber: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const surveyCountsSchema = z.object({
  invitations: z.number().int(),
  responses: z.number().int(),
  submitted: z.number().int(),
});
export type SurveyCounts = z.infer<typeof surveyCountsSchema>;

export const surveyListItemSchema = z.object({ ...surveyBase, counts: surveyCountsSchema });
export type SurveyListItem = z.infer<typeof surveyListItemSchema>;
export const surveyListSchema = z.object({ items: z.array(surveyListItemSchema) });
export type SurveyList = z.infer<typeof surveyListSchema>;

export const surveyDetailSchema = z.object({
  ...surveyBase,
  counts: surveyCountsSchema,
  currentVersion: surveyVersionSchema,
  /** All versions, newest first, without their definitions. */
  versions: z.array(
    z.object({ id: z.number().int(), number: z.number().int(), createdAt: z.string(), responses: z.number().int() }),
  ),
});
export type SurveyDetail = z.infer<typeof surveyDetailSchema>;

const surveyFields = {
  title: localizedTextSchema(300),
  introduction: optionalLocalizedTextSchema(5000).nullable().optional(),
  mode: z.enum(SURVEY_MODES).default('invited'),
  eventId: z.number().int().positive().nullable().optional(),
  opensAt: isoDateTime.nullable().optional(),
  closesAt: isoDateTime.nullable().optional(),
  autoReminderDaysBeforeClose: z.number().int().min(1).max(60).nullable().optional(),
  definition: surveyDefinitionSchema.optional(),
};

const checkDates = (v: { opensAt?: string | null; closesAt?: string | null }, ctx: z.RefinementCtx) => {
  if (v.opensAt && v.closesAt && Date.parse(v.closesAt) <= Date.parse(v.opensAt))
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'must be after opensAt' });
};

/** Without a definition the survey starts with one section and one free-text question. */
export const createSurveySchema = z.strictObject(surveyFields).superRefine(checkDates);
export type CreateSurvey = z.input<typeof createSurveySchema>;
/** A change of `definition` while open creates version n+1; `mode` changes only while draft. */
export const updateSurveySchema = z
  .strictObject({ ...surveyFields, mode: z.enum(SURVEY_MODES).optional() })
  .partial()
  .superRefine(checkDates)
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateSurvey = z.input<typeof updateSurveySchema>;

const idList = z
  .array(z.number().int().positive())
  .max(5000)
  .refine((list) => new Set(list).size === list.length, 'each id only once');

/** Whom to invite: the union of the given contacts and all contacts of the organisations, municipalities and tags. */
export const createInvitationsSchema = z
  .strictObject({
    contactIds: idList.optional(),
    organisationIds: idList.optional(),
    municipalityIds: idList.optional(),
    tags: z.array(z.string().trim().min(1).max(60)).max(100).optional(),
  })
  .refine((v) => [v.contactIds, v.organisationIds, v.municipalityIds, v.tags].some((list) => list && list.length > 0), {
    message: 'name at least one contact, organisation, municipality or tag',
  });
export type CreateInvitations = z.infer<typeof createInvitationsSchema>;

export const INVITATION_SKIP_REASONS = ['no_email', 'already_invited'] as const;
export const createInvitationsResultSchema = z.object({
  invited: z.array(z.object({ invitationId: z.number().int(), contactId: z.number().int() })),
  skipped: z.array(
    z.object({ contactId: z.number().int(), name: z.string(), reason: z.enum(INVITATION_SKIP_REASONS) }),
  ),
});
export type CreateInvitationsResult = z.infer<typeof createInvitationsResultSchema>;

export const surveyInvitationSchema = z.object({
  id: z.number().int(),
  /** Null once the contact was erased. */
  contactId: z.number().int().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
  organisationType: z.enum(ORGANISATION_TYPES).nullable(),
  municipalityId: z.number().int().nullable(),
  municipalityName: z.string().nullable(),
  language: z.enum(PUBLIC_LANGUAGES),
  state: z.enum(INVITATION_STATES),
  createdAt: z.string(),
  openedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
  reminderCount: z.number().int(),
  revokedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
export type SurveyInvitation = z.infer<typeof surveyInvitationSchema>;
export const surveyInvitationListSchema = z.object({ items: z.array(surveyInvitationSchema) });
export type SurveyInvitationList = z.infer<typeof surveyInvitationListSchema>;

export const remindersResultSchema = z.object({ sent: z.number().int() });
export type RemindersResult = z.infer<typeof remindersResultSchema>;

/** The anonymous one-link, shown once when created or rotated. */
export const publicLinkSchema = z.object({ url: z.string() });
export type PublicLink = z.infer<typeof publicLinkSchema>;

// ---- Public answering at /umfrage/<token> ----

export const RESPONSE_STATUSES = ['not_started', 'in_progress', 'submitted'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const publicSurveyQuerySchema = z.strictObject({ lang: z.enum(PUBLIC_LANGUAGES).optional() });
export type PublicSurveyQuery = z.infer<typeof publicSurveyQuerySchema>;

/** What the answering page needs: texts stay localized (the page picks `language`, German as fallback). */
export const publicSurveySchema = z.object({
  language: z.enum(PUBLIC_LANGUAGES),
  title: localizedTextSchema(300),
  introduction: optionalLocalizedTextSchema(5000).nullable(),
  surveyStatus: z.enum(SURVEY_STATUSES),
  closesAt: z.string().nullable(),
  versionNumber: z.number().int(),
  definition: surveyDefinitionSchema,
  responseStatus: z.enum(RESPONSE_STATUSES),
  answers: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

/** A partial save; `null` clears an answer. Rejected as a whole when one answer has the wrong type. */
export const saveAnswersSchema = z.strictObject({
  answers: z.record(z.string().max(50), z.unknown()).refine((r) => Object.keys(r).length <= 500, 'too many answers'),
  language: z.enum(PUBLIC_LANGUAGES).optional(),
});
export type SaveAnswers = z.infer<typeof saveAnswersSchema>;
export const savedAnswersSchema = z.object({ updatedAt: z.string() });
export type SavedAnswers = z.infer<typeof savedAnswersSchema>;
export const submittedSurveySchema = z.object({ submittedAt: z.string() });
export type SubmittedSurvey = z.infer<typeof submittedSurveySchema>;
/** Anonymous one-link: a started response continues at `/umfrage/<accessToken>`. */
export const startedResponseSchema = z.object({ accessToken: z.string() });
export type StartedResponse = z.infer<typeof startedResponseSchema>;
