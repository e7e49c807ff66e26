import { z } from 'zod';
import { calendarDateSchema } from './grant.schema';
import { PUBLIC_LANGUAGES } from './languages.constant';
import { localizedTextSchema } from './localized-text.schema';
import { organisationTypeSchema } from './organisation.schema';
import { INVITATION_STATES, SURVEY_MODES, SURVEY_STATUSES } from './survey.schema';
import { CONTACT_LEGAL_BASES, CONTACT_SORTS, type ContactLegalBasis } from './contact.constant';

/** Spoken languages: ISO 639 codes in lower case (de, en, tr, ar, ru, fa, …). */
export const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'a language code of 2 or 3 letters (e.g. de, tr, fa)');
const languageCodesSchema = z
  .array(languageCodeSchema)
  .max(20)
  .refine((list) => new Set(list).size === list.length, 'each language only once');

export const contactTagSchema = z.string().trim().min(1).max(60);
const tagsSchema = z
  .array(contactTagSchema)
  .max(30)
  .refine((list) => new Set(list.map((t) => t.toLowerCase())).size === list.length, 'each tag only once');

export const contactSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string(),
  functionTitle: z.string(),
  organisationId: z.number().int().nullable(),
  municipalityId: z.number().int().nullable(),
  languages: z.array(z.string()),
  preferredLanguage: z.enum(PUBLIC_LANGUAGES),
  notes: z.string(),
  legalBasis: z.enum(CONTACT_LEGAL_BASES),
  consentGivenOn: z.string().nullable(),
  tags: z.array(z.string()),
  lastActivityAt: z.string(),
  /** No activity for CONTACT_REVIEW_AFTER_DAYS: staff decide whether to keep or erase. */
  reviewDue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const contactQuerySchema = z.strictObject({
  /** Searches name, e-mail, function and organisation name. */
  q: z.string().trim().max(100).optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  municipalityId: z.coerce.number().int().positive().optional(),
  tag: contactTagSchema.optional(),
  legalBasis: z.enum(CONTACT_LEGAL_BASES).optional(),
  reviewDue: booleanQuery.optional(),
  sort: z.enum(CONTACT_SORTS).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ContactQuery = z.input<typeof contactQuerySchema>;
export type ContactFilter = z.output<typeof contactQuerySchema>;
export const contactPageSchema = z.object({
  items: z.array(contactSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ContactPage = z.infer<typeof contactPageSchema>;

const contactFields = {
  name: z.string().trim().min(1).max(200),
  email: z.email().trim().toLowerCase().max(254).nullable().optional(),
  phone: z.string().trim().max(50).optional(),
  functionTitle: z.string().trim().max(200).optional(),
  organisationId: z.number().int().positive().nullable().optional(),
  municipalityId: z.number().int().positive().nullable().optional(),
  languages: languageCodesSchema.optional(),
  preferredLanguage: z.enum(PUBLIC_LANGUAGES).optional(),
  notes: z.string().trim().max(4000).optional(),
  legalBasis: z.enum(CONTACT_LEGAL_BASES),
  consentGivenOn: calendarDateSchema.nullable().optional(),
  tags: tagsSchema.optional(),
};

/** Consent needs the day it was given; under public office there is no consent date. */
const checkConsent = (v: { legalBasis?: ContactLegalBasis; consentGivenOn?: string | null }, ctx: z.RefinementCtx) => {
  if (v.legalBasis === 'consent' && !v.consentGivenOn)
    ctx.addIssue({ code: 'custom', path: ['consentGivenOn'], message: 'required when the legal basis is consent' });
};

/** Defaults: preferred language de, no languages, no tags. */
export const createContactSchema = z.strictObject(contactFields).superRefine(checkConsent);
export type CreateContact = z.input<typeof createContactSchema>;
/** Lists (languages, tags) are replaced as a whole; the consent rule is checked on the merged record by the API. */
export const updateContactSchema = z
  .strictObject(contactFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateContact = z.input<typeof updateContactSchema>;

/** Art. 15 GDPR: everything held about the person. */
/** One invitation of the person to a questionnaire, as the person export (Art. 15 GDPR) shows it. */
export const contactSurveyDataSchema = z.object({
  surveyId: z.number().int(),
  title: localizedTextSchema(300),
  mode: z.enum(SURVEY_MODES),
  surveyStatus: z.enum(SURVEY_STATUSES),
  state: z.enum(INVITATION_STATES),
  language: z.enum(PUBLIC_LANGUAGES),
  invitedAt: z.string(),
  openedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
  reminderCount: z.number().int(),
  revokedAt: z.string().nullable(),
  /** Null when the person has not started answering. */
  response: z
    .object({
      versionNumber: z.number().int(),
      startedAt: z.string(),
      updatedAt: z.string(),
      submittedAt: z.string().nullable(),
      /** By question key, as stored. */
      answers: z.record(z.string(), z.unknown()),
    })
    .nullable(),
});
export type ContactSurveyData = z.infer<typeof contactSurveyDataSchema>;

export const contactPersonExportSchema = z.object({
  exportedAt: z.string(),
  contact: contactSchema,
  organisation: z.object({ id: z.number().int(), name: z.string(), type: organisationTypeSchema }).nullable(),
  municipality: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** Audit entries about the contact: when and what changed (who changed it is staff data and stays out). */
  history: z.array(z.object({ at: z.string(), action: z.string(), after: z.unknown().nullable() })),
  /** The questionnaires the person was invited to, and in invited (not anonymous) surveys their answers. */
  surveys: z.array(contactSurveyDataSchema),
});
export type ContactPersonExport = z.infer<typeof contactPersonExportSchema>;

/**
 * CSV import (German Excel: `;`, UTF-8 with BOM or Windows-1252). Columns by header name (German or the
 * field name): Name; E-Mail; Telefon; Funktion; Organisation; Kommune; Sprachen; Bevorzugte Sprache;
 * Notizen; Rechtsgrundlage; Einwilligung am; Schlagworte. Lists are separated by `,`.
 */
export const contactImportRowSchema = z.object({
  /** The line in the file (header = 1). */
  line: z.number().int(),
  values: z.record(z.string(), z.string()),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  /** The row as it would be created; null when it has errors. */
  contact: createContactSchema.nullable(),
  /** An existing contact with the same e-mail: the row updates it. */
  existingContactId: z.number().int().nullable(),
});
export type ContactImportRow = z.infer<typeof contactImportRowSchema>;
export const contactImportPreviewSchema = z.object({
  rows: z.array(contactImportRowSchema),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  /** Problems of the file as a whole (no header, unknown columns, too many rows). */
  fileErrors: z.array(z.string()),
});
export type ContactImportPreview = z.infer<typeof contactImportPreviewSchema>;
export const contactImportResultSchema = z.object({ created: z.number().int(), updated: z.number().int() });
export type ContactImportResult = z.infer<typeof contactImportResultSchema>;

/** What surveys need of a contact to invite them. */
export type ContactForInvitation = {
  id: number;
  name: string;
  email: string;
  preferredLanguage: (typeof PUBLIC_LANGUAGES)[number];
  organisationId: number | null;
  organisationType: z.infer<typeof organisationTypeSchema> | null;
  municipalityId: number | null;
  tags: string[];
};
