import { z } from 'zod';
import { indicatorSchema } from './indicator.schema';
import { measureSchema } from './measure.schema';

/** GET /api/measures/:id: the measure with its indicators (and their targets), in their order. */
export const measureDetailSchema = measureSchema.extend({ indicators: z.array(indicatorSchema) });
export type MeasureDetail = z.infer<typeof measureDetailSchema>;
