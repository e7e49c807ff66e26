import { MEASURE_STATUSES, type MeasureStatus } from '@wir/shared';
import type { MeasureFilters } from '@/lib/api-client';

/** Search parameters as a page receives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The order the filters appear in the address, so one set of filters has one address. */
const KEYS = ['actionFieldId', 'municipalityId', 'grantId', 'status', 'year'] as const;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function positiveId(value: string | string[] | undefined): number | undefined {
  const text = first(value);
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id > 0 ? id : undefined;
}

/** The list's filters from the address (`/massnahmen?actionFieldId=1&year=2014`); what is not a valid filter is left out. */
export function measureFiltersFrom(params: SearchParams): MeasureFilters {
  const status = first(params.status);
  const year = positiveId(params.year);
  const filters: MeasureFilters = {
    actionFieldId: positiveId(params.actionFieldId),
    municipalityId: positiveId(params.municipalityId),
    grantId: positiveId(params.grantId),
    status: (MEASURE_STATUSES as readonly string[]).includes(status ?? '') ? (status as MeasureStatus) : undefined,
    year: year !== undefined && year >= 1900 && year <= 2999 ? year : undefined,
  };
  // Only the filters that are set: the same filters give the same query key.
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as MeasureFilters;
}

/** The address of the list with these filters. */
export function measureListHref(filters: MeasureFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/massnahmen?${qs}` : '/massnahmen';
}
