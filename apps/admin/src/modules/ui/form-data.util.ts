/** Trimmed text of a form field ('' when absent). */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Text of an optional field: null when left empty. */
export function optionalTextOf(data: FormData, name: string): string | null {
  return textOf(data, name) || null;
}

/** An optional id from a select ('' = none). */
export function optionalIdOf(data: FormData, name: string): number | null {
  const text = textOf(data, name);
  return text ? Number(text) : null;
}

/**
 * A whole number typed the German way ("1.200", "1200"); NaN when empty or not a whole number,
 * so the API names the field. Count fields are text inputs: a number input would read "1.200" as 1.2 in an English browser.
 */
export function germanIntegerOf(data: FormData, name: string): number {
  const text = textOf(data, name).replace(/\s/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)$/.test(text)) return Number.NaN;
  return Number(text.replace(/\./g, ''));
}
