export type UrlStateChanges = Record<string, string | number | null | undefined>;

/**
 * The query string after changes: a value replaces, '' / null / undefined removes, the rest stays.
 * Keys come out sorted so the same view always has the same address. Returns '' or '?…'.
 */
export function queryWith(current: URLSearchParams | string, changes: UrlStateChanges): string {
  const params = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  params.sort();
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A positive whole number from the address (a page, an id), or undefined. */
export function positiveIntParam(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** A value from the address if it is one of the allowed ones. */
export function oneOfParam<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}
