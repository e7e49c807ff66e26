import { UPDATE_RECEIPT_SCHEMAS, createReceiptSchema, updateReceiptSchema } from './receipt.schema';

const expense = {
  receiptNumber: 'B-1',
  date: '2014-05-22',
  kind: 'expense',
  payee: 'Druckerei Rodgau',
  purpose: 'Plakate',
  amountCents: 25_000,
  budgetLineId: 3,
};
const income = {
  receiptNumber: 'E-1',
  date: '2014-06-02',
  kind: 'income',
  payee: 'Land Hessen',
  purpose: '1. Abruf',
  amountCents: 100_000,
  incomeSource: 'grant',
};

/** Each issue as "path: message", so a test reads like the 400 the API answers. */
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);

describe('createReceiptSchema (by kind)', () => {
  it('takes an expense on a budget line, optionally on a measure, and income with its source', () => {
    expect(createReceiptSchema.parse({ ...expense, measureId: 7 })).toMatchObject({
      kind: 'expense',
      budgetLineId: 3,
      measureId: 7,
    });
    expect(createReceiptSchema.parse(income)).toMatchObject({ kind: 'income', incomeSource: 'grant' });
  });

  it('tolerates the other kind’s fields left empty, as a form sends them', () => {
    expect(createReceiptSchema.safeParse({ ...expense, incomeSource: null }).success).toBe(true);
    expect(createReceiptSchema.safeParse({ ...income, budgetLineId: null, measureId: null }).success).toBe(true);
  });

  it.each([
    [
      'an expense without a budget line',
      { ...expense, budgetLineId: undefined },
      ['budgetLineId: an expense is booked on a budget line'],
    ],
    ['an expense with an income source', { ...expense, incomeSource: 'grant' }, ['incomeSource: only for income']],
    ['income without its source', { ...income, incomeSource: undefined }, ['incomeSource: income names its source']],
    ['income on a budget line', { ...income, budgetLineId: 3 }, ['budgetLineId: only for expenses']],
    ['income on a measure', { ...income, measureId: 7 }, ['measureId: only for expenses']],
    ['an unknown field', { ...expense, vat: 19 }, ['(body): Unrecognized key: "vat"']],
  ])('refuses %s, naming the field', (_, body, expected) => {
    expect(issues(createReceiptSchema.safeParse(body))).toEqual(expected);
  });

  it('refuses a missing or unknown kind at `kind`', () => {
    expect(issues(createReceiptSchema.safeParse({ ...expense, kind: undefined })).map((i) => i.split(':')[0])).toEqual([
      'kind',
    ]);
    expect(issues(createReceiptSchema.safeParse({ ...expense, kind: 'gift' })).map((i) => i.split(':')[0])).toEqual([
      'kind',
    ]);
  });
});

describe('receipt changes', () => {
  it('takes at the route what fits either kind, and names unknown fields and empty changes', () => {
    expect(updateReceiptSchema.safeParse({ amountCents: 1 }).success).toBe(true);
    expect(updateReceiptSchema.safeParse({ measureId: null }).success).toBe(true);
    expect(issues(updateReceiptSchema.safeParse({}))).toEqual(['(body): no field to change']);
    expect(issues(updateReceiptSchema.safeParse({ kind: 'income', amountCents: 1 }))).toEqual([
      '(body): Unrecognized key: "kind"',
    ]);
  });

  it.each([
    ['expense', { incomeSource: 'own_share' }, ['incomeSource: only for income']],
    ['expense', { budgetLineId: null }, ['budgetLineId: an expense is booked on a budget line']],
    ['income', { budgetLineId: 3 }, ['budgetLineId: only for expenses']],
    ['income', { measureId: 7 }, ['measureId: only for expenses']],
    ['income', { incomeSource: null }, ['incomeSource: income names its source']],
  ] as const)('checks a change of an %s against its kind: %j', (kind, change, expected) => {
    expect(updateReceiptSchema.safeParse(change).success).toBe(true);
    expect(issues(UPDATE_RECEIPT_SCHEMAS[kind].safeParse(change))).toEqual(expected);
  });

  it('lets each kind change its own fields', () => {
    expect(UPDATE_RECEIPT_SCHEMAS.expense.parse({ budgetLineId: 4, measureId: null })).toEqual({
      budgetLineId: 4,
      measureId: null,
    });
    expect(UPDATE_RECEIPT_SCHEMAS.income.parse({ incomeSource: 'third_party', payee: 'Stiftung' })).toEqual({
      incomeSource: 'third_party',
      payee: 'Stiftung',
    });
  });
});
