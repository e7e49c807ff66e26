import { z } from 'zod';
import { localizedTextSchema, optionalLocalizedTextSchema } from './localized-text.schema';

/** Question and section keys: stable slugs, the column names of the result exports. */
export const surveyKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,49}$/, 'lower-case letters, digits and _, starting with a letter, at most 50');
const optionValueSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,49}$/, 'lower-case letters, digits, _ and -, at most 50');

export const surveyShowIfSchema = z.strictObject({
  questionKey: surveyKeySchema,
  /** For a multiple choice question: shown when that option is among the chosen ones. */
  equals: z.union([z.string().max(200), z.number(), z.boolean()]),
});
export type SurveyShowIf = z.infer<typeof surveyShowIfSchema>;

export const surveyOptionSchema = z.strictObject({ value: optionValueSchema, label: localizedTextSchema(300) });
export type SurveyOption = z.infer<typeof surveyOptionSchema>;

const options = z
  .array(surveyOptionSchema)
  .min(1)
  .max(50)
  .refine((list) => new Set(list.map((o) => o.value)).size === list.length, 'each option value only once');

const common = {
  key: surveyKeySchema,
  label: localizedTextSchema(1000),
  help: optionalLocalizedTextSchema(2000).optional(),
  required: z.boolean().default(false),
  showIf: surveyShowIfSchema.optional(),
};

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const surveyQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('single_choice'), options }),
  z.strictObject({ ...common, type: z.literal('multiple_choice'), options }),
  z.strictObject({
    ...common,
    type: z.literal('text'),
    multiline: z.boolean().default(false),
    maxLength: z.number().int().min(1).max(10_000).default(2000),
  }),
  z
    .strictObject({
      ...common,
      type: z.literal('number'),
      min: z.number().finite().optional(),
      max: z.number().finite().optional(),
      integer: z.boolean().default(false),
    })
    .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, {
      path: ['max'],
      message: 'must not be below min',
    }),
  z.strictObject({
    ...common,
    type: z.literal('scale'),
    min: z.literal(SCALE_MIN).default(SCALE_MIN),
    max: z.literal(SCALE_MAX).default(SCALE_MAX),
    minLabel: localizedTextSchema(100),
    maxLabel: localizedTextSchema(100),
  }),
  z.strictObject({ ...common, type: z.literal('yes_no') }),
  z.strictObject({ ...common, type: z.literal('offer_list'), maxRows: z.number().int().min(1).max(50).default(20) }),
]);
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;
export type SurveyQuestionInput = z.input<typeof surveyQuestionSchema>;

export const surveySectionSchema = z.strictObject({
  key: surveyKeySchema,
  title: localizedTextSchema(300),
  description: optionalLocalizedTextSchema(2000).optional(),
  questions: z.array(surveyQuestionSchema).min(1).max(100),
});
export type SurveySection = z.infer<typeof surveySectionSchema>;

/**
 * The questions of one version of a survey. Checked as a whole: keys unique, and a condition
 * (`showIf`) names an earlier question with a value that question can have.
 */
export const surveyDefinitionSchema = z
  .strictObject({ sections: z.array(surveySectionSchema).min(1).max(30) })
  .superRefine((definition, ctx) => {
    const sectionKeys = new Set<string>();
    const earlier = new Map<string, SurveyQuestion>();
    definition.sections.forEach((section, s) => {
      if (sectionKeys.has(section.key))
        ctx.addIssue({ code: 'custom', path: ['sections', s, 'key'], message: 'section key used twice' });
      sectionKeys.add(section.key);
      section.questions.forEach((question, q) => {
        const path = ['sections', s, 'questions', q];
        if (earlier.has(question.key))
          ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: 'question key used twice in this survey' });
        if (question.showIf) {
          const problem = showIfProblem(question.showIf, earlier.get(question.showIf.questionKey));
          if (problem)
            ctx.addIssue({ code: 'custom', path: [...path, 'showIf', problem.field], message: problem.message });
        }
        if (!earlier.has(question.key)) earlier.set(question.key, question);
      });
    });
  });
export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;

function showIfProblem(
  showIf: SurveyShowIf,
  target: SurveyQuestion | undefined,
): { field: 'questionKey' | 'equals'; message: string } | null {
  if (!target) return { field: 'questionKey', message: 'must name an earlier question' };
  const { equals } = showIf;
  switch (target.type) {
    case 'single_choice':
    case 'multiple_choice':
      return typeof equals === 'string' && target.options.some((o) => o.value === equals)
        ? null
        : { field: 'equals', message: 'must be one of the options of that question' };
    case 'yes_no':
      return typeof equals === 'boolean' ? null : { field: 'equals', message: 'must be true or false' };
    case 'scale':
      return typeof equals === 'number' && Number.isInteger(equals) && equals >= SCALE_MIN && equals <= SCALE_MAX
        ? null
        : { field: 'equals', message: 'must be a whole number from 1 to 5' };
    case 'number':
      return typeof equals === 'number' ? null : { field: 'equals', message: 'must be a number' };
    case 'text':
      return typeof equals === 'string' ? null : { field: 'equals', message: 'must be a text' };
    case 'offer_list':
      return { field: 'questionKey', message: 'a list of offers cannot be a condition' };
  }
}
