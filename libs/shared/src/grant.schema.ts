import { z } from 'zod';
import { FINANCING_TYPES, type FinancingType } from './grant.constant';

/** A calendar date as ISO text (2014-05-22); no time, no zone. */
export const calendarDateSchema = z.iso.date();
/** Money is integer cents, never a float. Receipts stay below 20 million euros. */
export const amountCentsSchema = z.number().int().positive().max(2_000_000_000);
const centsOrZero = z.number().int().min(0).max(2_000_000_000);

export const grantAmendmentSchema = z.object({
  id: z.number().int(),
  /** `original` is the first notice (Zuwendungsbescheid), later rows are Änderungsbescheide. */
  kind: z.enum(['original', 'amendment']),
  noticeNumber: z.string(),
  noticeDate: z.string(),
  awardedCents: z.number().int(),
  note: z.string(),
  recordedAt: z.string(),
});
export type GrantAmendment = z.infer<typeof grantAmendmentSchema>;

/** The funder's prior consent to exceed a line by more than 20 % (ANBest-P Nr. 1.2), up to an amount. */
export const lineConsentSchema = z.object({ on: z.string(), reference: z.string(), upToCents: z.number().int() });
export type LineConsent = z.infer<typeof lineConsentSchema>;

export const budgetLineSchema = z.object({
  id: z.number().int(),
  grantId: z.number().int(),
  code: z.string(),
  name: z.string(),
  plannedCents: z.number().int(),
  position: z.number().int(),
  consent: lineConsentSchema.nullable(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const grantSchema = z.object({
  id: z.number().int(),
  programmeId: z.number().int(),
  programmeName: z.string(),
  funder: z.string(),
  title: z.string(),
  noticeNumber: z.string(),
  noticeDate: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The amount of the latest notice. */
  awardedCents: z.number().int(),
  financingType: z.enum(FINANCING_TYPES),
  sharePercent: z.number().int().nullable(),
  purpose: z.string(),
  /** Income side of the finance plan besides the grant. */
  ownShareCents: z.number().int(),
  thirdPartyCents: z.number().int(),
  recipient: z.string(),
  /**
   * The day the Verwendungsnachweis went to the funder (on or after periodEnd, never in the future);
   * from then on the grant takes no new bookings.
   */
  proofSubmittedOn: z.string().nullable(),
  /** When the retention period ended and payees, purposes and scans of the receipts were erased. */
  receiptsPurgedAt: z.string().nullable(),
});
export type Grant = z.infer<typeof grantSchema>;
export const grantListSchema = z.object({ items: z.array(grantSchema) });
const userRefSchema = z.object({ id: z.number().int(), name: z.string() });

/**
 * The ANBest-P Nr. 6.5 erasure of a grant's receipts (payees, purposes, scans) once the proof of use is
 * submitted: what will be erased and when. It runs when it is due and a second person (finance or
 * admin, not the one who recorded the proof date) has confirmed it, or without that confirmation on
 * `latestOn` (due + RECEIPT_ERASURE_GRACE_DAYS), so the grant page shows it for at least that long.
 */
export const receiptErasureSchema = z.object({
  /** Who recorded the proof date (null when it was recorded before this was kept). */
  proofRecordedBy: userRefSchema.nullable(),
  proofRecordedAt: z.string().nullable(),
  /** The first day the retention period is over: proofSubmittedOn + RECEIPT_RETENTION_YEARS. */
  dueOn: z.string(),
  /** Without a confirmation the erasure runs on this day. */
  latestOn: z.string(),
  /** Due today (Berlin): a second person may confirm it now. */
  due: z.boolean(),
  confirmedBy: userRefSchema.nullable(),
  confirmedAt: z.string().nullable(),
  /** Receipts whose payee, purpose or scan will be erased, and how many scans. */
  receiptCount: z.number().int(),
  scanCount: z.number().int(),
});
export type ReceiptErasure = z.infer<typeof receiptErasureSchema>;

export const grantDetailSchema = grantSchema.extend({
  amendments: z.array(grantAmendmentSchema),
  budgetLines: z.array(budgetLineSchema),
  /** Null while no proof of use is submitted and once the receipts are erased. */
  receiptErasure: receiptErasureSchema.nullable(),
});
export type GrantDetail = z.infer<typeof grantDetailSchema>;
/** What the caller may do with a grant now, worked out by the API with the rules that refuse the action. */
export const GRANT_ACTIONS = ['edit', 'book_receipts', 'edit_finance_plan', 'request_drawdown'] as const;
export type GrantAction = (typeof GRANT_ACTIONS)[number];
/** A grant as the API answers it: the detail and what the caller may do with it. */
export const grantViewSchema = grantDetailSchema.extend({ allowedActions: z.array(z.enum(GRANT_ACTIONS)) });
export type GrantView = z.infer<typeof grantViewSchema>;

const grantFields = {
  programmeId: z.number().int().positive(),
  title: z.string().trim().min(1).max(200),
  noticeNumber: z.string().trim().min(1).max(80),
  noticeDate: calendarDateSchema,
  periodStart: calendarDateSchema,
  periodEnd: calendarDateSchema,
  awardedCents: amountCentsSchema,
  financingType: z.enum(FINANCING_TYPES),
  sharePercent: z.number().int().min(1).max(100).nullable().optional(),
  purpose: z.string().trim().max(4000).optional(),
  ownShareCents: centsOrZero.optional(),
  thirdPartyCents: centsOrZero.optional(),
  recipient: z.string().trim().max(200).optional(),
};

const checkGrant = (
  v: { periodStart?: string; periodEnd?: string; financingType?: FinancingType; sharePercent?: number | null },
  ctx: z.RefinementCtx,
) => {
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart)
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
  if (v.financingType === 'anteil' && v.sharePercent == null)
    ctx.addIssue({ code: 'custom', path: ['sharePercent'], message: 'is required for anteil' });
  if (v.financingType && v.financingType !== 'anteil' && v.sharePercent != null)
    ctx.addIssue({ code: 'custom', path: ['sharePercent'], message: 'only for anteil' });
};

export const createGrantSchema = z.strictObject(grantFields).superRefine(checkGrant);
export type CreateGrant = z.input<typeof createGrantSchema>;

/**
 * A change of the awarded amount is an Änderungsbescheid: it needs the notice's date (and number),
 * and the history keeps the original and every later amount.
 */
export const updateGrantSchema = z
  .strictObject({
    ...grantFields,
    proofSubmittedOn: calendarDateSchema.nullable(),
    amendment: z
      .strictObject({
        noticeNumber: z.string().trim().min(1).max(80),
        noticeDate: calendarDateSchema,
        note: z.string().trim().max(1000).optional(),
      })
      .optional(),
  })
  .omit({ programmeId: true, noticeNumber: true, noticeDate: true })
  .partial()
  .superRefine(checkGrant)
  .superRefine((v, ctx) => {
    if (v.awardedCents !== undefined && !v.amendment)
      ctx.addIssue({
        code: 'custom',
        path: ['amendment'],
        message: 'a new amount needs the amending notice (number and date)',
      });
    if (v.amendment && v.awardedCents === undefined)
      ctx.addIssue({ code: 'custom', path: ['awardedCents'], message: 'an amending notice needs the new amount' });
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateGrant = z.input<typeof updateGrantSchema>;

export const createBudgetLineSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z.\-]{1,20}$/, 'letters, digits, dots and hyphens, at most 20'),
  name: z.string().trim().min(1).max(200),
  plannedCents: centsOrZero,
});
export type CreateBudgetLine = z.input<typeof createBudgetLineSchema>;
export const updateBudgetLineSchema = createBudgetLineSchema
  .extend({
    /** Record the funder's consent (or null to remove it). */
    consent: z
      .strictObject({
        on: calendarDateSchema,
        reference: z.string().trim().max(120).default(''),
        upToCents: centsOrZero,
      })
      .nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateBudgetLine = z.input<typeof updateBudgetLineSchema>;

export const drawdownSchema = z.object({
  id: z.number().int(),
  grantId: z.number().int(),
  requestedCents: z.number().int(),
  requestedOn: z.string(),
  receivedCents: z.number().int().nullable(),
  receivedOn: z.string().nullable(),
  note: z.string(),
});
export type Drawdown = z.infer<typeof drawdownSchema>;
export const drawdownListSchema = z.object({ items: z.array(drawdownSchema) });
export const createDrawdownSchema = z.strictObject({
  requestedCents: amountCentsSchema,
  requestedOn: calendarDateSchema,
  note: z.string().trim().max(500).optional(),
});
export type CreateDrawdown = z.input<typeof createDrawdownSchema>;
export const recordDrawdownReceiptSchema = z.strictObject({
  receivedCents: centsOrZero,
  receivedOn: calendarDateSchema,
});
export type RecordDrawdownReceipt = z.input<typeof recordDrawdownReceiptSchema>;
