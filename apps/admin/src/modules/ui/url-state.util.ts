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

/** Search parameters as a server page receives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter (`?a=1&a=2` gives '1'). */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Only the filters that are set: the same filters give the same query key. */
export function setFiltersOnly<T extends object>(filters: T): T {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as T;
}

/** `path` with the set filters as its query, in the order of `keys` (so one set of filters has one address). */
export function filtersHref<T extends object>(path: string, filters: T, keys: readonly (keyof T & string)[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
