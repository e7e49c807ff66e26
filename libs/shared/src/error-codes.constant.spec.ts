import { ERROR_CODES, PUBLIC_ERROR_CODES, isErrorCode } from './error-codes.constant';
import { GRANT_ERROR_CODES } from './grant-error-codes.constant';
import { problemSchema } from './problem.schema';

describe('ERROR_CODES', () => {
  it('names each code once across all modules, so a code says which rule refused', () => {
    const seen = new Set<string>();
    const twice = ERROR_CODES.filter((code) => (seen.has(code) ? true : (seen.add(code), false)));
    expect(twice).toEqual([]);
  });

  it('holds only snake_case codes (they are catalog keys in the admin)', () => {
    expect(ERROR_CODES.filter((code) => !/^[a-z]+(_[a-z]+)*$/.test(code))).toEqual([]);
  });

  it('includes the module lists and the public ones', () => {
    expect(ERROR_CODES).toEqual(expect.arrayContaining([...GRANT_ERROR_CODES, ...PUBLIC_ERROR_CODES]));
    expect(isErrorCode('receipt_signed')).toBe(true);
    expect(isErrorCode('http_405')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });
});

describe('problemSchema', () => {
  it('carries the values a catalog text interpolates', () => {
    const body = {
      type: 'urn:wir:problem:receipt_signed',
      title: 'Receipt signed off',
      status: 409,
      code: 'receipt_signed',
      params: { receiptNumber: 'B-7' },
    };
    expect(problemSchema.parse(body).params).toEqual({ receiptNumber: 'B-7' });
    expect(problemSchema.safeParse({ ...body, params: { receiptNumber: { nested: true } } }).success).toBe(false);
  });
});
