import { z } from 'zod';

/** Cents are integers; a statewide programme volume fits a safe integer easily. */
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const fundingProgrammeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  funder: z.string(),
  year: z.number().int(),
  /** Statewide volume for the year, e.g. 3.080.000 € for WIR in 2014. */
  volumeCents: z.number().int(),
});
export type FundingProgramme = z.infer<typeof fundingProgrammeSchema>;
export const fundingProgrammeListSchema = z.object({ items: z.array(fundingProgrammeSchema) });

export const createFundingProgrammeSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  funder: z.string().trim().min(1).max(200),
  year: z.number().int().min(2000).max(2100),
  volumeCents: cents,
});
export type CreateFundingProgramme = z.input<typeof createFundingProgrammeSchema>;
