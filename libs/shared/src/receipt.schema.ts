import { z } from 'zod';
import { amountCentsSchema, calendarDateSchema } from './grant.schema';
import { INCOME_SOURCES, RECEIPT_KINDS, SIGN_OFF_STATES, SIGN_OFF_STEPS, type ReceiptKind } from './grant.constant';

export const receiptSchema = z.object({
  id: z.number().int(),
  grantId: z.number().int(),
  receiptNumber: z.string(),
  date: z.string(),
  kind: z.enum(RECEIPT_KINDS),
  /** Payee for an expense, payer for income. */
  payee: z.string(),
  purpose: z.string(),
  /** Negative only on a reversal entry (Storno). */
  amountCents: z.number().int(),
  budgetLineId: z.number().int().nullable(),
  incomeSource: z.enum(INCOME_SOURCES).nullable(),
  eventId: z.number().int().nullable(),
  /** The measure the expense was spent on (a measure of the same grant); null when none. */
  measureId: z.number().int().nullable(),
  signOffState: z.enum(SIGN_OFF_STATES),
  factualBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  factualAt: z.string().nullable(),
  arithmeticBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  arithmeticAt: z.string().nullable(),
  /** On a reversal entry: the receipt it reverses. */
  reversesId: z.number().int().nullable(),
  /** On a reversed receipt: its reversal entry. */
  reversedById: z.number().int().nullable(),
  file: z.object({ name: z.string(), type: z.string(), size: z.number().int() }).nullable(),
  createdAt: z.string(),
});
export type Receipt = z.infer<typeof receiptSchema>;
/** What the caller may do with a receipt of a list, worked out by the API with the rules that refuse the action. */
export const RECEIPT_ACTIONS = ['edit', 'delete', 'attach_file', 'reverse', 'sign_factual', 'sign_arithmetic'] as const;
export type ReceiptAction = (typeof RECEIPT_ACTIONS)[number];
export const receiptListItemSchema = receiptSchema.extend({ allowedActions: z.array(z.enum(RECEIPT_ACTIONS)) });
export type ReceiptListItem = z.infer<typeof receiptListItemSchema>;
export const receiptPageSchema = z.object({
  items: z.array(receiptListItemSchema),
  total: z.number().int(),
  sumCents: z.number().int(),
});
export type ReceiptPage = z.infer<typeof receiptPageSchema>;

/** What every receipt has, expense or income. */
const receiptCommonFields = {
  receiptNumber: z.string().trim().min(1).max(38),
  date: calendarDateSchema,
  /** Payee for an expense, payer for income. */
  payee: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(1).max(500),
  amountCents: amountCentsSchema,
  eventId: z.number().int().positive().nullable().optional(),
};
/** An expense is booked on a budget line of the grant's finance plan, optionally on a measure of the same grant. */
const expenseFields = {
  budgetLineId: z.number({ error: 'an expense is booked on a budget line' }).int().positive(),
  measureId: z.number().int().positive().nullable().optional(),
  /** Tolerated empty, so a form can send every field. */
  incomeSource: z.null({ error: 'only for income' }).optional(),
};
/** Income names its source (the income side of the finance plan); it is on no budget line and no measure. */
const incomeFields = {
  incomeSource: z.enum(INCOME_SOURCES, { error: 'income names its source' }),
  budgetLineId: z.null({ error: 'only for expenses' }).optional(),
  measureId: z.null({ error: 'only for expenses' }).optional(),
};

export const createExpenseReceiptSchema = z.strictObject({
  kind: z.literal('expense'),
  ...receiptCommonFields,
  ...expenseFields,
});
export const createIncomeReceiptSchema = z.strictObject({
  kind: z.literal('income'),
  ...receiptCommonFields,
  ...incomeFields,
});
/** A new receipt: what it needs depends on its `kind`. */
export const createReceiptSchema = z.discriminatedUnion('kind', [
  createExpenseReceiptSchema,
  createIncomeReceiptSchema,
]);
export type CreateReceipt = z.input<typeof createReceiptSchema>;

const someField = (v: object) => Object.keys(v).length > 0;
/** Changes of an unsigned expense or income; the kind stays as booked, so the body does not name it. */
export const updateExpenseReceiptSchema = z
  .strictObject({ ...receiptCommonFields, ...expenseFields })
  .partial()
  .refine(someField, { message: 'no field to change' });
export const updateIncomeReceiptSchema = z
  .strictObject({ ...receiptCommonFields, ...incomeFields })
  .partial()
  .refine(someField, { message: 'no field to change' });
/** The change schema for a receipt of each kind; the API checks a change against the receipt's kind with it. */
export const UPDATE_RECEIPT_SCHEMAS = {
  expense: updateExpenseReceiptSchema,
  income: updateIncomeReceiptSchema,
} as const satisfies Record<ReceiptKind, z.ZodType>;
/**
 * A change as the route takes it, before the receipt's kind is known: the fields of either kind (each field
 * names itself when it is unknown or bad); the API then checks it with UPDATE_RECEIPT_SCHEMAS[kind].
 */
export const updateReceiptSchema = z
  .strictObject({
    ...receiptCommonFields,
    budgetLineId: expenseFields.budgetLineId.nullable(),
    measureId: expenseFields.measureId,
    incomeSource: incomeFields.incomeSource.nullable(),
  })
  .partial()
  .refine(someField, { message: 'no field to change' });
export type UpdateExpenseReceipt = z.input<typeof updateExpenseReceiptSchema>;
export type UpdateIncomeReceipt = z.input<typeof updateIncomeReceiptSchema>;
export type UpdateReceipt = z.input<typeof updateReceiptSchema>;

export const signOffSchema = z.strictObject({ step: z.enum(SIGN_OFF_STEPS) });
export type SignOff = z.input<typeof signOffSchema>;

export const reverseReceiptSchema = z.strictObject({
  date: calendarDateSchema,
  reason: z.string().trim().min(1).max(500),
});
export type ReverseReceipt = z.input<typeof reverseReceiptSchema>;

export const receiptQuerySchema = z.strictObject({
  kind: z.enum(RECEIPT_KINDS).optional(),
  budgetLineId: z.coerce.number().int().positive().optional(),
  incomeSource: z.enum(INCOME_SOURCES).optional(),
  signOffState: z.enum(SIGN_OFF_STATES).optional(),
  measureId: z.coerce.number().int().positive().optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReceiptQuery = z.input<typeof receiptQuerySchema>;
export type ReceiptFilter = z.output<typeof receiptQuerySchema>;

/** The sign-off queue: receipts (of all grants) that still wait for a step the caller may take. */
export const signOffQueueSchema = z.object({
  items: z.array(
    receiptSchema.extend({ grantTitle: z.string(), nextStep: z.enum(SIGN_OFF_STEPS), canSign: z.boolean() }),
  ),
});
export type SignOffQueue = z.infer<typeof signOffQueueSchema>;
