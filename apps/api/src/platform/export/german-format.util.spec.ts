import {
  asBerlinSpreadsheetDate,
  berlinIsoDate,
  formatCentsAsGermanDecimal,
  formatGermanDate,
  formatGermanDateTime,
  formatGermanNumber,
  formatGermanTime,
  formatIsoCalendarDate,
  isIsoCalendarDate,
} from './german-format.util';

describe('German export formats', () => {
  it('shows dates and times in Europe/Berlin, summer and winter', () => {
    const summer = new Date('2014-05-22T07:30:00Z');
    expect(formatGermanDate(summer)).toBe('22.05.2014');
    expect(formatGermanTime(summer)).toBe('09:30');
    expect(formatGermanDateTime(summer)).toBe('22.05.2014 09:30');
    expect(formatGermanDateTime(new Date('2014-12-01T08:05:00Z'))).toBe('01.12.2014 09:05');
    // 23:30 UTC is already the next day in Berlin.
    expect(formatGermanDate(new Date('2014-05-21T22:30:00Z'))).toBe('22.05.2014');
    expect(berlinIsoDate(new Date('2014-05-21T22:30:00Z'))).toBe('2014-05-22');
  });

  it('turns an instant into a spreadsheet date carrying the Berlin wall-clock time', () => {
    expect(asBerlinSpreadsheetDate(new Date('2014-05-21T22:30:00Z')).toISOString()).toBe('2014-05-22T00:30:00.000Z');
    expect(asBerlinSpreadsheetDate(new Date('2014-01-10T12:00:00Z')).toISOString()).toBe('2014-01-10T13:00:00.000Z');
  });

  it('writes numbers with a decimal comma and thousands dots', () => {
    expect(formatGermanNumber(1234.56)).toBe('1.234,56');
    expect(formatGermanNumber(1234.5, { fractionDigits: 2 })).toBe('1.234,50');
    expect(formatGermanNumber(48316, { fractionDigits: 2, grouping: false })).toBe('48316,00');
    expect(formatGermanNumber(-3)).toBe('-3');
    expect(() => formatGermanNumber(Number.NaN)).toThrow(RangeError);
  });

  it('writes integer cents as euros without floating point', () => {
    expect(formatCentsAsGermanDecimal(4_831_600)).toBe('48.316,00');
    expect(formatCentsAsGermanDecimal(4_831_600, { grouping: false })).toBe('48316,00');
    expect(formatCentsAsGermanDecimal(-5)).toBe('-0,05');
    expect(formatCentsAsGermanDecimal(308_000_000_00)).toBe('308.000.000,00');
    expect(() => formatCentsAsGermanDecimal(0.5)).toThrow(RangeError);
  });

  it('shows a calendar day given as ISO text as that day, with no zone to shift it', () => {
    expect(formatIsoCalendarDate('2014-05-22')).toBe('22.05.2014');
    expect(formatIsoCalendarDate('2014-12-31')).toBe('31.12.2014');
    expect(isIsoCalendarDate('2014-01-01')).toBe(true);
    expect(isIsoCalendarDate('2014-01-01T00:00:00Z')).toBe(false);
    expect(isIsoCalendarDate('=1+1')).toBe(false);
    expect(() => formatIsoCalendarDate('22.05.2014')).toThrow(RangeError);
  });
});
