import { z } from 'zod';
import { localizedTextSchema } from './localized-text.schema';
import { ORGANISATION_TYPES } from './organisation-types.constant';
import { SURVEY_QUESTION_TYPES } from './survey-definition.util';
import { SURVEY_MODES, SURVEY_STATUSES } from './survey.schema';

/**
 * In anonymous surveys a group (the filtered set, a municipality row, an organisation-type row) with
 * fewer answers than this shows no counts, so nobody's answer can be singled out.
 */
export const MIN_ANONYMOUS_GROUP = 3;

/** Filters of the results and their exports; all optional, combined with AND. */
export const surveyResultsQuerySchema = z.strictObject({
  municipalityId: z.coerce.number().int().positive().optional(),
  organisationType: z.enum(ORGANISATION_TYPES).optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  /** A version number: only the answers given on that version, and its questions. */
  version: z.coerce.number().int().positive().optional(),
});
export type SurveyResultsQuery = z.infer<typeof surveyResultsQuerySchema>;

/** A choice (or scale point, or yes/no) and how many chose it; counts are null when suppressed. */
export const resultOptionSchema = z.object({
  /** The option's value; scale points "1"–"5"; yes/no "yes" and "no". */
  value: z.string(),
  label: localizedTextSchema(300),
  count: z.number().int().nullable(),
  /** count ÷ answered, 0–1 (four decimals). */
  share: z.number().nullable(),
});
export type ResultOption = z.infer<typeof resultOptionSchema>;

/**
 * One question over all versions that have its key (or the one version filtered for). The label and
 * options are those of the newest version that has it. `suppressed`: an anonymous survey's group is too
 * small; then every count, figure and free text is withheld.
 */
export const questionResultSchema = z.object({
  key: z.string(),
  type: z.enum(SURVEY_QUESTION_TYPES),
  label: localizedTextSchema(1000),
  section: z.object({ key: z.string(), title: localizedTextSchema(300) }),
  /** Version numbers that ask this question. */
  versions: z.array(z.number().int()),
  suppressed: z.boolean(),
  /** Submitted responses that answer it (an empty text or list is no answer). */
  answered: z.number().int().nullable(),
  /** Choices, scale points and yes/no, in their order; empty for other types. */
  options: z.array(resultOptionSchema),
  /** Number and scale questions. */
  mean: z.number().nullable(),
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Free texts in full, oldest answer first. */
  texts: z.array(z.string()),
  /** List of offers: rows reported over all answers. */
  offerRows: z.number().int().nullable(),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

/** Invited mode: invitations (not revoked) and submitted answers; anonymous: links issued (per-person links) and answers. */
export const responseRateRowSchema = z.object({
  invited: z.number().int().nullable(),
  submitted: z.number().int().nullable(),
  /** submitted ÷ invited, 0–1 (four decimals); null without invitations or when suppressed. */
  rate: z.number().nullable(),
  suppressed: z.boolean(),
});
export type ResponseRateRow = z.infer<typeof responseRateRowSchema>;

export const surveyResultsSchema = z.object({
  survey: z.object({
    id: z.number().int(),
    title: localizedTextSchema(300),
    mode: z.enum(SURVEY_MODES),
    status: z.enum(SURVEY_STATUSES),
    eventId: z.number().int().nullable(),
  }),
  filters: z.object({
    municipalityId: z.number().int().nullable(),
    organisationType: z.enum(ORGANISATION_TYPES).nullable(),
    tag: z.string().nullable(),
    version: z.number().int().nullable(),
  }),
  /** What the filters can take: the survey's versions and the tags its invitations carry. */
  versions: z.array(z.object({ number: z.number().int(), createdAt: z.string() })),
  tags: z.array(z.string()),
  /** Submitted responses in the filtered group (null when suppressed). */
  submitted: z.number().int().nullable(),
  suppressed: z.boolean(),
  responseRate: z.object({
    overall: responseRateRowSchema,
    /** Every municipality with an invitation, also with 0 answers, by name; `null` id: no municipality. */
    byMunicipality: z.array(
      responseRateRowSchema.extend({ municipalityId: z.number().int().nullable(), name: z.string().nullable() }),
    ),
    byOrganisationType: z.array(
      responseRateRowSchema.extend({ organisationType: z.enum(ORGANISATION_TYPES).nullable() }),
    ),
  }),
  questions: z.array(questionResultSchema),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;
