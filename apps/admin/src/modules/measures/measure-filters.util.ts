import { MEASURE_STATUSES } from '@wir/shared';
import type { MeasureFilters } from '@/lib/api-client';
import {
  filtersHref,
  firstParam,
  oneOfParam,
  positiveIntParam,
  type SearchParams,
  setFiltersOnly,
} from '@/modules/ui/url-state.util';

export type { SearchParams };

/** The order the filters appear in the address, so one set of filters has one address. */
const KEYS = ['actionFieldId', 'municipalityId', 'grantId', 'status', 'year'] as const;

const positiveId = (value: string | string[] | undefined) => positiveIntParam(firstParam(value));

/** The list's filters from the address (`/massnahmen?actionFieldId=1&year=2014`); what is not a valid filter is left out. */
export function measureFiltersFrom(params: SearchParams): MeasureFilters {
  const year = positiveId(params.year);
  const filters: MeasureFilters = {
    actionFieldId: positiveId(params.actionFieldId),
    municipalityId: positiveId(params.municipalityId),
    grantId: positiveId(params.grantId),
    status: oneOfParam(firstParam(params.status), MEASURE_STATUSES),
    year: year !== undefined && year >= 1900 && year <= 2999 ? year : undefined,
  };
  return setFiltersOnly(filters);
}

/** The address of the list with these filters. */
export function measureListHref(filters: MeasureFilters): string {
  return filtersHref('/massnahmen', filters, KEYS);
}
