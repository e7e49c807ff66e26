import type { DashboardFilter } from '@wir/shared';
import { filtersHref, firstParam, positiveIntParam, type SearchParams } from '@/modules/ui/url-state.util';

export type { SearchParams };

/** The first year the office has figures for (WIR started in 2014). */
export const FIRST_DASHBOARD_YEAR = 2014;

const positive = (value: string | string[] | undefined) => positiveIntParam(firstParam(value));

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
  return filtersHref('', filter, ['year', 'actionFieldId']);
}

/** The years the switch offers, newest first: from the first WIR year to next year (and a year from the address beyond that). */
export function dashboardYears(currentYear: number, chosen?: number): number[] {
  const last = Math.max(currentYear + 1, chosen ?? 0);
  const firstYear = Math.min(FIRST_DASHBOARD_YEAR, chosen ?? FIRST_DASHBOARD_YEAR);
  return Array.from({ length: last - firstYear + 1 }, (_, i) => last - i);
}
