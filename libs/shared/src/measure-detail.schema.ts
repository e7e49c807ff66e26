import { z } from 'zod';
import { indicatorSchema } from './indicator.schema';
import { measureSchema } from './measure.schema';

/** GET /api/measures/:id: the measure with its indicators (and their targets), in their order. */
export const measureDetailSchema = measureSchema.extend({ indicators: z.array(indicatorSchema) });
export type MeasureDetail = z.infer<typeof measureDetailSchema>;
/** What the caller may do with a measure: change it, its indicators and targets, record actual values. */
export const MEASURE_ACTIONS = ['edit', 'manage_indicators', 'record_values'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];
/** A measure as the API answers it: the detail and what the caller may do with it. */
export const measureViewSchema = measureDetailSchema.extend({ allowedActions: z.array(z.enum(MEASURE_ACTIONS)) });
export type MeasureView = z.infer<typeof measureViewSchema>;
