import type { Operation } from '@wir/shared';
import { filterOperations, operationFiltersFrom, operationListHref } from './operation-filters.util';

describe('operation list filters', () => {
  it('reads status and kind from the address and leaves out what is not a filter', () => {
    expect(operationFiltersFrom({ status: 'failed', kind: 'contacts_import' })).toEqual({
      status: 'failed',
      kind: 'contacts_import',
    });
    expect(operationFiltersFrom({ status: 'exploded', kind: ['data_export', 'contacts_import'], page: '2' })).toEqual({
      kind: 'data_export',
    });
  });

  it("writes one address per set of filters, in the readers' order", () => {
    expect(operationListHref({})).toBe('/vorgaenge');
    expect(operationListHref({ kind: 'data_export', status: 'running' })).toBe(
      '/vorgaenge?status=running&kind=data_export',
    );
  });

  it('filters the list; "running" takes the queued ones too', () => {
    const items: Pick<Operation, 'status' | 'kind'>[] = [
      { status: 'queued', kind: 'data_export' },
      { status: 'running', kind: 'contacts_import' },
      { status: 'succeeded', kind: 'contacts_import' },
      { status: 'failed', kind: 'participants_export' },
    ];
    expect(filterOperations(items, {})).toHaveLength(4);
    expect(filterOperations(items, { status: 'running' })).toEqual([items[0], items[1]]);
    expect(filterOperations(items, { kind: 'contacts_import' })).toEqual([items[1], items[2]]);
    expect(filterOperations(items, { status: 'succeeded', kind: 'contacts_import' })).toEqual([items[2]]);
    expect(filterOperations(items, { status: 'failed', kind: 'data_export' })).toEqual([]);
  });
});
