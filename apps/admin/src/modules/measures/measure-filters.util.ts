import { MEASURE_STATUSES } from '@wir/shared';
import type { MeasureFilters } from '@/lib/api-client';
import { idParam, intInRange, oneOf, urlFilters } from '@/modules/ui/url-filters.util';
import type { SearchParams } from '@/modules/ui/url-state.util';

export type { SearchParams };

const measureFilters = urlFilters({
  actionFieldId: idParam,
  municipalityId: idParam,
  grantId: idParam,
  status: oneOf(MEASURE_STATUSES),
  year: intInRange(1900, 2999),
});

/** The list's filters from the address (`/massnahmen?actionFieldId=1&year=2014`); what is not a valid filter is left out. */
export function measureFiltersFrom(params: SearchParams): MeasureFilters {
  return measureFilters.from(params);
}

/** The address of the list with these filters. */
export function measureListHref(filters: MeasureFilters): string {
  return `/massnahmen${measureFilters.query(filters)}`;
}
