import { z } from 'zod';

/** Database ids are positive integers; path params arrive as strings. */
export const idSchema = z.coerce.number().int().positive();
export const idParamSchema = z.strictObject({ id: idSchema });
export type IdParam = z.infer<typeof idParamSchema>;
