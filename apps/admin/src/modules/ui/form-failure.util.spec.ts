import type { Problem } from '@wir/shared';
import { ApiError } from '@/lib/api-error';
import { formFailure } from './form-failure.util';

const problem = (p: Partial<Problem> & Pick<Problem, 'status'>) =>
  new ApiError({ type: 'about:blank', title: 'x', ...p });
const textOf = (error: unknown) => (error instanceof ApiError ? `text for ${error.code}` : 'generic');

describe('formFailure', () => {
  it("shows a plain validation failure's messages at the fields, and those of fields the form lacks in the alert", () => {
    const error = problem({
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'date', message: 'must lie within the funding period' },
        { path: 'eventId', message: 'no such event' },
      ],
    });
    expect(formFailure(error, ['date'], textOf)).toEqual({
      fields: { date: 'must lie within the funding period' },
      alert: 'text for validation_failed eventId: no such event',
    });
  });

  it('says a coded refusal in the catalog words at its fields too, never the API message', () => {
    const error = problem({
      status: 409,
      code: 'receipt_number_taken',
      params: { receiptNumber: 'B-1' },
      errors: [{ path: 'receiptNumber', message: 'is used already in this grant' }],
    });
    expect(formFailure(error, ['receiptNumber'], textOf)).toEqual({
      fields: { receiptNumber: 'text for receipt_number_taken' },
      alert: 'text for receipt_number_taken',
    });
    expect(formFailure(error, [], textOf)).toEqual({ fields: {}, alert: 'text for receipt_number_taken' });
  });

  it('keeps the API messages for a code the catalog does not know, and has only the alert for other errors', () => {
    const unknown = problem({ status: 400, code: 'http_400', errors: [{ path: 'file', message: 'is empty' }] });
    expect(formFailure(unknown, ['file'], textOf).fields).toEqual({ file: 'is empty' });
    expect(formFailure(new Error('offline'), ['file'], textOf)).toEqual({ fields: {}, alert: 'generic' });
  });
});
