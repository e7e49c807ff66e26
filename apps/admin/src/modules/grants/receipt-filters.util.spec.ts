import { RECEIPT_PAGE_SIZE, receiptFiltersFrom, receiptFiltersOfSearchParams } from './receipt-filters.util';

describe('receipt filters from the address', () => {
  it('reads known values and drops unknown or malformed ones, in the browser and on the server alike', () => {
    const address = new URLSearchParams(
      'kind=expense&budgetLineId=7&incomeSource=bogus&signOffState=open&from=27.02.2027&to=2027-03-01&q=Miete&page=2',
    );
    const expected = {
      kind: 'expense',
      budgetLineId: 7,
      incomeSource: undefined,
      signOffState: 'open',
      from: undefined,
      to: '2027-03-01',
      q: 'Miete',
      page: 2,
      pageSize: RECEIPT_PAGE_SIZE,
    };
    expect(receiptFiltersFrom((name) => address.get(name))).toEqual(expected);
    // A page's searchParams: the first of repeated values, as URLSearchParams.get.
    expect(
      receiptFiltersOfSearchParams({
        kind: ['expense', 'income'],
        budgetLineId: '7',
        incomeSource: 'bogus',
        signOffState: 'open',
        from: '27.02.2027',
        to: '2027-03-01',
        q: 'Miete',
        page: '2',
      }),
    ).toEqual(expected);
  });

  it('starts on page 1 without filters', () => {
    expect(receiptFiltersOfSearchParams({ page: '0' })).toEqual({
      kind: undefined,
      budgetLineId: undefined,
      incomeSource: undefined,
      signOffState: undefined,
      from: undefined,
      to: undefined,
      q: undefined,
      page: 1,
      pageSize: RECEIPT_PAGE_SIZE,
    });
  });
});
