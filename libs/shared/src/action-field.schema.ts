import { z } from 'zod';

/** Handlungsfeld of the WIR programme, e.g. "Interkulturelle Öffnung". */
export const actionFieldSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
});
export type ActionField = z.infer<typeof actionFieldSchema>;
export const actionFieldListSchema = z.object({ items: z.array(actionFieldSchema) });

export const createActionFieldSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
});
export type CreateActionField = z.input<typeof createActionFieldSchema>;
export const updateActionFieldSchema = createActionFieldSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateActionField = z.input<typeof updateActionFieldSchema>;
