import { z } from 'zod';

/** A text shown to participants, per language; German is always there and the fallback. */
export const localizedTextSchema = (max: number) =>
  z.strictObject({
    de: z.string().trim().min(1).max(max),
    en: z.string().trim().max(max).optional(),
    tr: z.string().trim().max(max).optional(),
    ar: z.string().trim().max(max).optional(),
  });

/** Optional localized text (descriptions): German may be empty. */
export const optionalLocalizedTextSchema = (max: number) =>
  z.strictObject({
    de: z.string().trim().max(max),
    en: z.string().trim().max(max).optional(),
    tr: z.string().trim().max(max).optional(),
    ar: z.string().trim().max(max).optional(),
  });
