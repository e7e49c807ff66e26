import type { DashboardFilter } from '@wir/shared';

/** Search parameters as a page receives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first year the office has figures for (WIR started in 2014). */
export const FIRST_DASHBOARD_YEAR = 2014;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const positive = (value: string | string[] | undefined) => {
  const text = first(value);
  return text && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
};

/** The start page's filter from the address (`/?year=2014&actionFieldId=2`); what is not valid is left out. */
export function dashboardFilterFrom(params: SearchParams): DashboardFilter {
  const year = positive(params.year);
  const actionFieldId = positive(params.actionFieldId);
  return {
    ...(year !== undefined && year >= 2000 && year <= 2999 ? { year } : {}),
    ...(actionFieldId !== undefined ? { actionFieldId } : {}),
  };
}

/** The query string of the filter, in a fixed order (one filter, one address): '' or '?year=…&actionFieldId=…'. */
export function dashboardQueryString(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  if (filter.year !== undefined) params.set('year', String(filter.year));
  if (filter.actionFieldId !== undefined) params.set('actionFieldId', String(filter.actionFieldId));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** The years the switch offers, newest first: from the first WIR year to next year (and a year from the address beyond that). */
export function dashboardYears(currentYear: number, chosen?: number): number[] {
  const last = Math.max(currentYear + 1, chosen ?? 0);
  const firstYear = Math.min(FIRST_DASHBOARD_YEAR, chosen ?? FIRST_DASHBOARD_YEAR);
  return Array.from({ length: last - firstYear + 1 }, (_, i) => last - i);
}
