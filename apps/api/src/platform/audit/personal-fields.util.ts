/**
 * Which fields of an audit entry's before/after JSON hold personal data: `true` blanks the field
 * (text becomes '', anything else null); a nested spec walks into that object. Fields not named stay,
 * so the entry still says who did what to which record, when, and with which amounts.
 */
export type PersonalFields = { readonly [field: string]: true | PersonalFields };

export function blankPersonalFields(value: unknown, fields: PersonalFields): unknown {
  if (Array.isArray(value)) return value.map((v) => blankPersonalFields(v, fields));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [field, rule] of Object.entries(fields)) {
    if (!(field in out) || out[field] === null || out[field] === undefined) continue;
    out[field] = rule === true ? (typeof out[field] === 'string' ? '' : null) : blankPersonalFields(out[field], rule);
  }
  return out;
}
