import { QueryFailedError } from 'typeorm';
import { loggableError } from './loggable-error.util';

describe('loggableError', () => {
  it('keeps a database error’s SQL, code, table and constraint, and drops its parameters and row values', () => {
    const driverError = Object.assign(
      new Error('new row for relation "registrations" violates check constraint "probe"'),
      {
        code: '23514',
        table: 'registrations',
        constraint: 'probe',
        detail: 'Failing row contains (7, 3, confirmed, Ayşe, Gülay, ayse.guelay@example.org, Rollstuhl).',
      },
    );
    const error = new QueryFailedError(
      'INSERT INTO registrations (first_name, email) VALUES ($1, $2)',
      ['Ayşe', 'ayse.guelay@example.org'],
      driverError,
    );
    const logged = JSON.stringify(loggableError(error));
    expect(loggableError(error)).toMatchObject({
      type: 'QueryFailedError',
      code: '23514',
      table: 'registrations',
      constraint: 'probe',
      query: 'INSERT INTO registrations (first_name, email) VALUES ($1, $2)',
    });
    for (const value of ['Ayşe', 'Gülay', 'ayse.guelay', 'Rollstuhl']) expect(logged).not.toContain(value);
    expect((loggableError(error).stack as string[]).every((line) => line.startsWith('at '))).toBe(true);
  });

  it('blanks quoted values and e-mail addresses in other messages', () => {
    const logged = loggableError(new Error('invalid input syntax for type integer: "Gülay" from mia@example.org'));
    expect(logged.message).toBe('invalid input syntax for type integer: "…" from …@…');
  });
});
