import { OPERATION_KINDS, OPERATION_STATUSES, type Operation } from '@wir/shared';
import { oneOf, urlFilters, type FiltersOf } from '@/modules/ui/url-filters.util';
import type { SearchParams } from '@/modules/ui/url-state.util';

export type { SearchParams };

const readers = { status: oneOf(OPERATION_STATUSES), kind: oneOf(OPERATION_KINDS) };
const operationFilters = urlFilters(readers);

/** The list's filters: status and kind. */
export type OperationFilters = FiltersOf<typeof readers>;

/** The filters from the address (`/vorgaenge?status=running&kind=contacts_import`); what is not a filter is left out. */
export function operationFiltersFrom(params: SearchParams): OperationFilters {
  return operationFilters.from(params);
}

/** The address of the list with these filters. */
export function operationListHref(filters: OperationFilters): string {
  return `/vorgaenge${operationFilters.query(filters)}`;
}

/**
 * The user's operations are few (they go after a week), so the list asks for all and filters here:
 * "running" takes the queued ones too, as the user sees no difference worth a filter of its own.
 */
export function filterOperations<T extends Pick<Operation, 'status' | 'kind'>>(
  items: readonly T[],
  filters: OperationFilters,
): T[] {
  return items.filter(
    (operation) =>
      (!filters.kind || operation.kind === filters.kind) &&
      (!filters.status ||
        operation.status === filters.status ||
        (filters.status === 'running' && operation.status === 'queued')),
  );
}
