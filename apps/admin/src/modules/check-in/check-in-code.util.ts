import { checkInLookupQuerySchema } from '@wir/shared';

const codeSchema = checkInLookupQuerySchema.shape.code;
/** A code inside a longer text (a scanner's prefix, a pasted mail line). */
const CODE_INSIDE = /WIR-\d{1,10}-[0-9a-f]{12}(?![0-9a-f])/i;

/**
 * The check-in code in the form the API expects ("WIR-42-3f9a0c1b2d4e"), or null when the input
 * holds none. Tolerates upper case, spaces and what hand scanners add around the code.
 */
export function normaliseCheckInCode(input: string): string | null {
  const whole = codeSchema.safeParse(input);
  if (whole.success) return whole.data;
  const inside = CODE_INSIDE.exec(input);
  const parsed = inside ? codeSchema.safeParse(inside[0]) : null;
  return parsed?.success ? parsed.data : null;
}
