import { z } from 'zod';
import { ORGANISATION_TYPES } from './organisation-types.constant';

export const organisationTypeSchema = z.enum(ORGANISATION_TYPES);

export const organisationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: organisationTypeSchema,
  municipalityId: z.number().int().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationListSchema = z.object({ items: z.array(organisationSchema) });

export const createOrganisationSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: organisationTypeSchema,
  municipalityId: z.number().int().positive().nullable().optional(),
});
export type CreateOrganisation = z.input<typeof createOrganisationSchema>;
export const updateOrganisationSchema = createOrganisationSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateOrganisation = z.input<typeof updateOrganisationSchema>;
