import { z } from 'zod';
import { languageCodeSchema } from './contact.schema';
import { PUBLIC_LANGUAGES } from './languages.constant';
import { localizedTextSchema, optionalLocalizedTextSchema } from './localized-text.schema';
import { OFFER_STATUSES, OFFER_TARGET_GROUPS } from './offer-options.constant';
import { OFFER_REVIEW_STATUSES } from './contact.constant';

const unique = <T>(list: T[]) => new Set(list).size === list.length;
const targetGroupsSchema = z
  .array(z.enum(OFFER_TARGET_GROUPS))
  .max(OFFER_TARGET_GROUPS.length)
  .refine(unique, 'each target group only once');
const offerLanguagesSchema = z.array(languageCodeSchema).max(20).refine(unique, 'each language only once');
const optionalEmail = z.union([z.literal(''), z.email().trim().toLowerCase().max(254)]);

/**
 * One row of a questionnaire's "list of offers" answer, in the respondent's words (one language).
 * Empty strings mean "not given".
 */
export const offerListRowSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).default(''),
  targetGroups: targetGroupsSchema.default([]),
  municipalityId: z.number().int().positive().nullable().default(null),
  actionFieldId: z.number().int().positive().nullable().default(null),
  languages: offerLanguagesSchema.default([]),
  contactName: z.string().trim().max(200).default(''),
  contactEmail: optionalEmail.default(''),
  contactPhone: z.string().trim().max(50).default(''),
  /** The contact agreed to be shown in the public directory. */
  contactPublic: z.boolean().default(false),
  status: z.enum(OFFER_STATUSES).default('running'),
});
export type OfferListRow = z.output<typeof offerListRowSchema>;
export type OfferListRowInput = z.input<typeof offerListRowSchema>;

export const offerSchema = z.object({
  id: z.number().int(),
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(4000),
  targetGroups: z.array(z.enum(OFFER_TARGET_GROUPS)),
  /** Null: district-wide. */
  municipalityId: z.number().int().nullable(),
  actionFieldId: z.number().int().nullable(),
  languages: z.array(z.string()),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  contactPublic: z.boolean(),
  status: z.enum(OFFER_STATUSES),
  reviewStatus: z.enum(OFFER_REVIEW_STATUSES),
  mergedIntoId: z.number().int().nullable(),
  /** Where it came from: a questionnaire response, its question and row; all null when staff entered it. */
  sourceResponseId: z.number().int().nullable(),
  sourceQuestionKey: z.string().nullable(),
  sourceRowIndex: z.number().int().nullable(),
  measureId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Offer = z.infer<typeof offerSchema>;

export const offerQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  reviewStatus: z.enum(OFFER_REVIEW_STATUSES).optional(),
  municipalityId: z.coerce.number().int().positive().optional(),
  actionFieldId: z.coerce.number().int().positive().optional(),
  targetGroup: z.enum(OFFER_TARGET_GROUPS).optional(),
  language: languageCodeSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OfferQuery = z.input<typeof offerQuerySchema>;
export type OfferFilter = z.output<typeof offerQuerySchema>;
export const offerPageSchema = z.object({
  items: z.array(offerSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OfferPage = z.infer<typeof offerPageSchema>;

const offerFields = {
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(4000).optional(),
  targetGroups: targetGroupsSchema.optional(),
  municipalityId: z.number().int().positive().nullable().optional(),
  actionFieldId: z.number().int().positive().nullable().optional(),
  languages: offerLanguagesSchema.optional(),
  contactName: z.string().trim().max(200).optional(),
  contactEmail: optionalEmail.optional(),
  contactPhone: z.string().trim().max(50).optional(),
  contactPublic: z.boolean().optional(),
  status: z.enum(OFFER_STATUSES).optional(),
};
/** Staff-entered offers start as `new`; the review status changes only through review/publish/merge. */
export const createOfferSchema = z.strictObject(offerFields);
export type CreateOffer = z.input<typeof createOfferSchema>;
/** `reviewStatus` here may set new, reviewed or rejected; publish, unpublish and merge have their own routes. */
export const updateOfferSchema = z
  .strictObject({ ...offerFields, reviewStatus: z.enum(['new', 'reviewed', 'rejected']).optional() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateOffer = z.input<typeof updateOfferSchema>;

export const mergeOfferSchema = z.strictObject({ intoId: z.number().int().positive() });
export type MergeOffer = z.infer<typeof mergeOfferSchema>;

/** Turning an offer into a draft measure: the measure needs a code, a period and an action field. */
export const offerToMeasureSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}.\-_/]{1,40}$/u, 'letters, digits and . - _ /, at most 40'),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  /** Defaults to the offer's action field; one is required. */
  actionFieldId: z.number().int().positive().optional(),
});
export type OfferToMeasure = z.infer<typeof offerToMeasureSchema>;

/** The public directory: published offers only, texts in the asked language. */
export const publicOfferQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  municipalityId: z.coerce.number().int().positive().optional(),
  actionFieldId: z.coerce.number().int().positive().optional(),
  targetGroup: z.enum(OFFER_TARGET_GROUPS).optional(),
  language: languageCodeSchema.optional(),
  lang: z.enum(PUBLIC_LANGUAGES).default('de'),
});
export type PublicOfferQuery = z.input<typeof publicOfferQuerySchema>;
export type PublicOfferFilter = z.output<typeof publicOfferQuerySchema>;

export const publicOfferSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  /** The language the title is in: the asked one, or de as the fallback. */
  textLanguage: z.enum(PUBLIC_LANGUAGES),
  /** The description's language, on its own: a translated title may come with a German description. */
  descriptionLanguage: z.enum(PUBLIC_LANGUAGES),
  targetGroups: z.array(z.enum(OFFER_TARGET_GROUPS)),
  municipalityId: z.number().int().nullable(),
  municipalityName: z.string().nullable(),
  actionFieldId: z.number().int().nullable(),
  actionFieldName: z.string().nullable(),
  languages: z.array(z.string()),
  status: z.enum(OFFER_STATUSES),
  /** Only where the contact agreed to be shown. */
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable(),
});
export type PublicOffer = z.infer<typeof publicOfferSchema>;
/** The directory's offers and what its filters offer: all municipalities and action fields, the offers' languages. */
export const publicOfferListSchema = z.object({
  items: z.array(publicOfferSchema),
  municipalities: z.array(z.object({ id: z.number().int(), name: z.string() })),
  actionFields: z.array(z.object({ id: z.number().int(), name: z.string() })),
  languages: z.array(z.string()),
});
export type PublicOfferList = z.infer<typeof publicOfferListSchema>;
