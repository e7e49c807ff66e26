import { problemSchema } from '@wir/shared';
import { problemOf } from './api-error';

const valid = { type: 'about:blank', title: 'Conflict', status: 409 };

describe('problemOf', () => {
  it.each([
    ['the least problem', valid],
    [
      'a full problem',
      {
        ...valid,
        detail: 'd',
        instance: '/api/receipts/1',
        code: 'receipt_signed',
        errors: [{ path: 'lines.0.amountCents', message: 'too big' }],
        params: { number: '2014-17', amountCents: 1250 },
      },
    ],
    ['no object', 'Conflict'],
    ['null', null],
    ['an array', [valid]],
    ['no title', { type: 'about:blank', status: 409 }],
    ['a status as text', { ...valid, status: '409' }],
    ['a fractional status', { ...valid, status: 409.5 }],
    ['a code as number', { ...valid, code: 42 }],
    ['a detail of null', { ...valid, detail: null }],
    ['errors as object', { ...valid, errors: { path: 'a', message: 'b' } }],
    ['an error without message', { ...valid, errors: [{ path: 'a' }] }],
    ['params with a list', { ...valid, params: { ids: [1, 2] } }],
    ['params with a boolean', { ...valid, params: { ok: true } }],
  ])('takes %s as the shared problemSchema does', (_, body) => {
    const shared = problemSchema.safeParse(body);
    expect(problemOf(body)).toEqual(shared.success ? shared.data : null);
  });
});
