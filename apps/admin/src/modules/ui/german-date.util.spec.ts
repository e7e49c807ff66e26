import { formatIsoDate, parseGermanDate, todayIso } from './german-date.util';

describe('parseGermanDate', () => {
  it.each([
    ['22.05.2014', '2014-05-22'],
    ['22.5.2014', '2014-05-22'],
    ['2.5.2014', '2014-05-02'],
    ['22.05.14', '2014-05-22'],
    [' 22.05.2014 ', '2014-05-22'],
    ['2014-05-22', '2014-05-22'],
    ['29.02.2016', '2016-02-29'],
    ['31.12.2014', '2014-12-31'],
  ])('reads %j as %s', (text, iso) => expect(parseGermanDate(text)).toBe(iso));

  it.each([
    '31.02.2014', // no 31 February
    '29.02.2014', // 2014 is no leap year
    '31.04.2014',
    '00.05.2014',
    '22.13.2014',
    '22.00.2014',
    '2014-02-30',
    '2014-5-22',
    '22.05.214',
    '22/05/2014',
    '22.05.2014 10:00',
    '',
    'morgen',
  ])('refuses %j', (text) => expect(parseGermanDate(text)).toBeNull());
});

describe('formatIsoDate', () => {
  it('writes a calendar day the German way', () => expect(formatIsoDate('2014-05-22')).toBe('22.05.2014'));
  it('uses the day of an ISO timestamp', () => expect(formatIsoDate('2014-05-22T08:30:00.000Z')).toBe('22.05.2014'));
  it('gives empty text for no date', () => {
    expect(formatIsoDate(null)).toBe('');
    expect(formatIsoDate(undefined)).toBe('');
    expect(formatIsoDate('')).toBe('');
  });
  it('returns other text unchanged', () => expect(formatIsoDate('unbekannt')).toBe('unbekannt'));
  it('reads back what parseGermanDate understood', () => expect(formatIsoDate(parseGermanDate('2.5.14'))).toBe('02.05.2014'));
});

describe('todayIso', () => {
  afterEach(() => jest.useRealTimers());

  it('is the calendar day in Berlin, not in UTC', () => {
    // 22:30 UTC on 12 May 2014 is 00:30 on 13 May in Berlin (summer time, UTC+2).
    jest.useFakeTimers({ now: new Date('2014-05-12T22:30:00Z') });
    expect(todayIso()).toBe('2014-05-13');
  });

  it('is the previous day in Berlin just before midnight there (winter time, UTC+1)', () => {
    jest.useFakeTimers({ now: new Date('2014-12-31T22:59:00Z') });
    expect(todayIso()).toBe('2014-12-31');
  });
});
