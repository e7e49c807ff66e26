import type { GrantErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from './domain.error';
import { toProblem } from './problem.filter';

/** A module's error class as `<module>.errors.ts` writes it (two of the grants module's codes). */
class GrantError extends DomainError {
  constructor(
    code: Extract<GrantErrorCode, 'receipt_signed' | 'receipt_same_signer'>,
    message: string,
    extra: DomainErrorExtra = {},
  ) {
    super(
      code,
      message,
      extra,
      code === 'receipt_signed'
        ? { status: 409, title: 'Receipt signed off' }
        : { status: 403, title: 'Second person required' },
    );
  }
}

describe('toProblem', () => {
  it("gives a module's error its own code, the module's status and the values the admin's text interpolates", () => {
    const error = new GrantError('receipt_signed', 'Receipt B-7 is signed off and cannot be changed.', {
      params: { receiptNumber: 'B-7' },
    });
    expect(toProblem(error)).toEqual({
      type: 'urn:wir:problem:receipt_signed',
      title: 'Receipt signed off',
      status: 409,
      detail: 'Receipt B-7 is signed off and cannot be changed.',
      code: 'receipt_signed',
      params: { receiptNumber: 'B-7' },
    });
    expect(toProblem(new GrantError('receipt_same_signer', 'Another person signs.')).status).toBe(403);
  });

  it('keeps the platform codes and field errors as before', () => {
    const problem = toProblem(
      new DomainError('validation_failed', 'Bad.', { errors: [{ path: 'date', message: 'is required' }] }),
    );
    expect(problem).toEqual({
      type: 'urn:wir:problem:validation_failed',
      title: 'Validation failed',
      status: 400,
      detail: 'Bad.',
      code: 'validation_failed',
      errors: [{ path: 'date', message: 'is required' }],
    });
    expect(toProblem(new DomainError('not_found', 'Gone.'))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses a module code passed without its mapping', () => {
    expect(() => new DomainError('receipt_signed' as 'conflict', 'x')).toThrow(/no HTTP mapping/);
  });
});
