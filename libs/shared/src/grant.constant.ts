// Without zod, so the grant and receipt forms in the browser bundle no schemas.

export const FINANCING_TYPES = ['festbetrag', 'fehlbedarf', 'anteil'] as const;
export type FinancingType = (typeof FINANCING_TYPES)[number];
export const RECEIPT_KINDS = ['expense', 'income'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];
/** Where income comes from: the income side of the finance plan. */
export const INCOME_SOURCES = ['grant', 'own_share', 'third_party'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];
/** sachlich richtig, then rechnerisch richtig, by two different people. */
export const SIGN_OFF_STEPS = ['factual', 'arithmetic'] as const;
export type SignOffStep = (typeof SIGN_OFF_STEPS)[number];
export const SIGN_OFF_STATES = ['open', 'factual', 'complete'] as const;
export type SignOffState = (typeof SIGN_OFF_STATES)[number];
/** Scans of receipts: PDF or images, at most 10 MB. */
export const RECEIPT_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const RECEIPT_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** The editable sections of each measure, in the report's order. */
export const NARRATIVE_MEASURE_SECTIONS = ['done', 'results', 'deviations', 'spending', 'outlook'] as const;
export type NarrativeMeasureSection = (typeof NARRATIVE_MEASURE_SECTIONS)[number];
