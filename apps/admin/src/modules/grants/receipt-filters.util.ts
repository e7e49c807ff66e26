import { INCOME_SOURCES, RECEIPT_KINDS, SIGN_OFF_STATES, isIsoCalendarDate } from '@wir/shared';
import type { ReceiptFilters } from '@/lib/api-client';
import { firstParam, oneOfParam, positiveIntParam, type SearchParams } from '@/modules/ui/url-state.util';

export const RECEIPT_PAGE_SIZE = 25;

/**
 * The Belegliste's filters and page from the address (a parameter's first value), read the same way by the
 * section in the browser and by the grant page on the server, so the server's read lands under the view's query key.
 */
export function receiptFiltersFrom(param: (name: string) => string | null | undefined): ReceiptFilters {
  const isoDay = (value: string | null | undefined) => (value && isIsoCalendarDate(value) ? value : undefined);
  return {
    kind: oneOfParam(param('kind'), RECEIPT_KINDS),
    budgetLineId: positiveIntParam(param('budgetLineId')),
    incomeSource: oneOfParam(param('incomeSource'), INCOME_SOURCES),
    signOffState: oneOfParam(param('signOffState'), SIGN_OFF_STATES),
    from: isoDay(param('from')),
    to: isoDay(param('to')),
    q: param('q') || undefined,
    page: positiveIntParam(param('page')) ?? 1,
    pageSize: RECEIPT_PAGE_SIZE,
  };
}

/** The same from a page's `searchParams`. */
export const receiptFiltersOfSearchParams = (params: SearchParams) =>
  receiptFiltersFrom((name) => firstParam(params[name]));
