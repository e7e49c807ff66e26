/** A whole code as the API accepts it (checkInCodeSchema in libs/shared: CHECK_IN_CODE_PATTERN after tidying). */
const CODE = /^WIR-\d{1,10}-[0-9a-f]{12}$/;
/** A code inside a longer text (a scanner's prefix, a pasted mail line). */
const CODE_INSIDE = /WIR-\d{1,10}-[0-9a-f]{12}(?![0-9a-f])/i;

/** Tidied as checkInCodeSchema does: no spaces, lower case, the prefix in capitals. */
const tidy = (text: string) => text.replace(/\s+/g, '').toLowerCase().replace(/^wir-/, 'WIR-');

/**
 * The check-in code in the form the API expects ("WIR-42-3f9a0c1b2d4e"), or null when the input
 * holds none. Tolerates upper case, spaces and what hand scanners add around the code. Plain
 * regular expressions, so the door's page carries no zod (the spec checks them against the schema).
 */
export function normaliseCheckInCode(input: string): string | null {
  const whole = tidy(input);
  if (CODE.test(whole)) return whole;
  const inside = CODE_INSIDE.exec(input);
  const code = inside ? tidy(inside[0]) : null;
  return code && CODE.test(code) ? code : null;
}
