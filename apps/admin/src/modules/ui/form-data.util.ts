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
