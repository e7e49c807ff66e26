import { dateTimeFieldProblem } from './date-time-field.util';

describe('dateTimeFieldProblem', () => {
  it('accepts a German date and time, whatever the browser language', () => {
    expect(dateTimeFieldProblem('29.01.2027, 09:00', true)).toBeNull();
    expect(dateTimeFieldProblem('29.1.2027 9:00', false)).toBeNull();
  });

  it('names a missing value only for a required field', () => {
    expect(dateTimeFieldProblem('  ', true)).toBe('missing');
    expect(dateTimeFieldProblem('', false)).toBeNull();
  });

  it('names the format for the US form, an impossible day and the skipped DST hour', () => {
    expect(dateTimeFieldProblem('01/29/2027, 09:00 AM', false)).toBe('format');
    expect(dateTimeFieldProblem('31.02.2027, 09:00', true)).toBe('format');
    expect(dateTimeFieldProblem('28.03.2027, 02:30', true)).toBe('format');
    expect(dateTimeFieldProblem('29.01.2027', true)).toBe('format');
  });
});
