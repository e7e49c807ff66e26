import { asBerlinSpreadsheetDate } from './spreadsheet-date.util';

describe('asBerlinSpreadsheetDate', () => {
  it('turns an instant into a spreadsheet date carrying the Berlin wall-clock time', () => {
    expect(asBerlinSpreadsheetDate(new Date('2014-05-21T22:30:00Z')).toISOString()).toBe('2014-05-22T00:30:00.000Z');
    expect(asBerlinSpreadsheetDate(new Date('2014-01-10T12:00:00Z')).toISOString()).toBe('2014-01-10T13:00:00.000Z');
    expect(asBerlinSpreadsheetDate(new Date('2014-01-10T12:00:00.250Z')).toISOString()).toBe(
      '2014-01-10T13:00:00.250Z',
    );
  });
});
