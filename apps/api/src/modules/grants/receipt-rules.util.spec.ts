import { receiptAllowedActions, type ReceiptFacts } from './receipt-rules.util';

const fresh: ReceiptFacts = { factualBy: null, arithmeticBy: null, reversesId: null, reversedById: null };
const open = { proofSubmittedOn: null };
const submitted = { proofSubmittedOn: '2015-03-31' };
const finance = { id: 7, roles: ['finance' as const] };
const colleague = { id: 8, roles: ['finance' as const] };

describe('receiptAllowedActions', () => {
  it('offers everything but a reversal on a fresh receipt, and nothing to a role that may not write', () => {
    expect(receiptAllowedActions(fresh, open, finance)).toEqual(['edit', 'delete', 'attach_file', 'sign_factual']);
    expect(receiptAllowedActions(fresh, open, { id: 1, roles: ['admin'] })).toEqual([
      'edit',
      'delete',
      'attach_file',
      'sign_factual',
    ]);
    expect(receiptAllowedActions(fresh, open, { id: 2, roles: ['coordinator', 'checkin'] })).toEqual([]);
  });

  it('keeps the second sign-off from the first signer (four eyes)', () => {
    const factual = { ...fresh, factualBy: finance.id };
    expect(receiptAllowedActions(factual, open, finance)).toEqual(['reverse']);
    expect(receiptAllowedActions(factual, open, colleague)).toEqual(['reverse', 'sign_arithmetic']);
    expect(receiptAllowedActions({ ...factual, arithmeticBy: colleague.id }, open, colleague)).toEqual(['reverse']);
  });

  it('reverses a signed receipt once, and a reversal entry is deleted, never changed or reversed', () => {
    expect(receiptAllowedActions({ ...fresh, factualBy: 1, arithmeticBy: 2, reversedById: 99 }, open, finance)).toEqual(
      [],
    );
    // The sign-offs of a reversed receipt still go on.
    expect(receiptAllowedActions({ ...fresh, factualBy: 1, reversedById: 99 }, open, finance)).toEqual([
      'sign_arithmetic',
    ]);
    expect(receiptAllowedActions({ ...fresh, reversesId: 5 }, open, finance)).toEqual([
      'delete',
      'attach_file',
      'sign_factual',
    ]);
    expect(receiptAllowedActions({ ...fresh, reversesId: 5, factualBy: 1 }, open, colleague)).toEqual([
      'sign_arithmetic',
    ]);
  });

  it('leaves only the sign-offs once the proof of use is submitted', () => {
    expect(receiptAllowedActions(fresh, submitted, finance)).toEqual(['sign_factual']);
    expect(receiptAllowedActions({ ...fresh, factualBy: finance.id }, submitted, colleague)).toEqual([
      'sign_arithmetic',
    ]);
  });
});
