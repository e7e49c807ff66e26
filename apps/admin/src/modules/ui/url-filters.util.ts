import { filtersHref, firstParam, oneOfParam, positiveIntParam, type SearchParams } from './url-state.util';

/** Reads one filter from the address (the first value of its parameter); undefined when it is not a valid filter. */
export type ParamReader<T> = (value: string | undefined) => T | undefined;

type Readers = Record<string, ParamReader<unknown>>;

/** The filters a set of readers gives: each optional, of its reader's type. */
export type FiltersOf<R extends Readers> = { [K in keyof R]?: R[K] extends ParamReader<infer T> ? T : never };

/** An id or a page: a positive whole number. */
export const idParam: ParamReader<number> = (value) => positiveIntParam(value);

/** One of the allowed values, to the letter. */
export const oneOf =
  <T extends string>(allowed: readonly T[]): ParamReader<T> =>
  (value) =>
    oneOfParam(value, allowed);

/** Free text, trimmed and cut to `maxLength`; empty is not a filter. */
export const textParam =
  (maxLength: number): ParamReader<string> =>
  (value) =>
    value?.trim().slice(0, maxLength) || undefined;

/** 'true' or 'false'. */
export const booleanParam: ParamReader<boolean> = (value) =>
  value === 'true' ? true : value === 'false' ? false : undefined;

/** A language code (`de`, `ar`, `tur`), in lower case. */
export const languageParam: ParamReader<string> = (value) => {
  const language = value?.trim().toLowerCase();
  return language && /^[a-z]{2,3}$/.test(language) ? language : undefined;
};

/** A whole number from `min` to `max` (a year). */
export const intInRange =
  (min: number, max: number): ParamReader<number> =>
  (value) => {
    const n = positiveIntParam(value);
    return n !== undefined && n >= min && n <= max ? n : undefined;
  };

export interface UrlFilters<F> {
  /** The filters from the address; what is not a valid filter is left out, so the same filters give the same query key. */
  from(params: SearchParams): F;
  /** '' or '?…': the set filters in the readers' order, so one set of filters has one address. */
  query(filters: Partial<F>): string;
}

/**
 * A list's filters in the address, one reader per parameter. The readers' order is the order of the
 * parameters in the address.
 */
export function urlFilters<R extends Readers>(readers: R): UrlFilters<FiltersOf<R>> {
  const keys = Object.keys(readers) as (keyof R & string)[];
  return {
    from(params) {
      const filters: FiltersOf<R> = {};
      for (const key of keys) {
        const value = readers[key](firstParam(params[key]));
        if (value !== undefined) filters[key] = value as FiltersOf<R>[typeof key];
      }
      return filters;
    },
    query: (filters) => filtersHref<Partial<FiltersOf<R>>>('', filters, keys),
  };
}
