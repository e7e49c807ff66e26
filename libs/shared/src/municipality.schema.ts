import { z } from 'zod';

export const municipalitySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Amtlicher Gemeindeschlüssel (8 digits), null for the district-wide entry. */
  officialKey: z.string().nullable(),
  districtWide: z.boolean(),
});
export type Municipality = z.infer<typeof municipalitySchema>;
export const municipalityListSchema = z.object({ items: z.array(municipalitySchema) });

export const createMunicipalitySchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  officialKey: z
    .string()
    .regex(/^\d{8}$/, 'must be 8 digits')
    .nullable()
    .optional(),
  districtWide: z.boolean().optional(),
});
export type CreateMunicipality = z.input<typeof createMunicipalitySchema>;
export const updateMunicipalitySchema = createMunicipalitySchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateMunicipality = z.input<typeof updateMunicipalitySchema>;
