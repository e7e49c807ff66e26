import {
  berlinDayEnd,
  berlinIsoDate,
  berlinLocalToIso,
  berlinWallClock,
  centsToInput,
  formatCents,
  formatCentsAsGermanDecimal,
  formatDateRange,
  formatDay,
  formatEuros,
  formatGermanDate,
  formatGermanDateTime,
  formatGermanDecimal,
  formatGermanNumber,
  formatGermanTime,
  formatIsoCalendarDate,
  formatIsoDate,
  isIsoCalendarDate,
  isoToBerlinLocal,
  parseGermanAmount,
  parseGermanDate,
  parseGermanDecimal,
  todayIso,
} from './german-format.util';

describe('Berlin wall-clock time', () => {
  it('shows dates and times in Europe/Berlin, summer and winter', () => {
    const summer = new Date('2014-05-22T07:30:00Z');
    expect(formatGermanDate(summer)).toBe('22.05.2014');
    expect(formatGermanTime(summer)).toBe('09:30');
    expect(formatGermanDateTime(summer)).toBe('22.05.2014 09:30');
    expect(formatGermanDateTime(new Date('2014-12-01T08:05:00Z'))).toBe('01.12.2014 09:05');
    // 23:30 UTC is already the next day in Berlin.
    expect(formatGermanDate(new Date('2014-05-21T22:30:00Z'))).toBe('22.05.2014');
    expect(berlinIsoDate(new Date('2014-05-21T22:30:00Z'))).toBe('2014-05-22');
    expect(berlinIsoDate(new Date('2014-12-31T23:30:00Z'))).toBe('2015-01-01');
  });

  it('follows the clock change to the minute (30.03.2014 02:00 → 03:00, 26.10.2014 03:00 → 02:00)', () => {
    expect(berlinWallClock(new Date('2014-03-30T00:59:59Z'))).toEqual({
      year: 2014,
      month: 3,
      day: 30,
      hour: 1,
      minute: 59,
      second: 59,
    });
    expect(berlinWallClock(new Date('2014-03-30T01:00:00Z'))).toEqual({
      year: 2014,
      month: 3,
      day: 30,
      hour: 3,
      minute: 0,
      second: 0,
    });
    expect(formatGermanTime(new Date('2014-10-26T00:59:00Z'))).toBe('02:59');
    expect(formatGermanTime(new Date('2014-10-26T01:00:00Z'))).toBe('02:00');
  });

  it('ends a summer day at 22:00 UTC and a winter day at 23:00 UTC', () => {
    expect(berlinDayEnd('2014-05-22').toISOString()).toBe('2014-05-22T22:00:00.000Z');
    expect(berlinDayEnd('2014-12-31').toISOString()).toBe('2014-12-31T23:00:00.000Z');
    // The day clocks go forward (30.03.2014) and back (26.10.2014).
    expect(berlinDayEnd('2014-03-29').toISOString()).toBe('2014-03-29T23:00:00.000Z');
    expect(berlinDayEnd('2014-03-30').toISOString()).toBe('2014-03-30T22:00:00.000Z');
    expect(berlinDayEnd('2014-10-26').toISOString()).toBe('2014-10-26T23:00:00.000Z');
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
});

describe('datetime-local values (Berlin wall-clock time) and ISO instants', () => {
  it.each([
    ['2014-05-22T09:00', '2014-05-22T09:00:00+02:00'],
    ['2014-12-01T09:00', '2014-12-01T09:00:00+01:00'],
    [' 2014-03-30T12:00 ', '2014-03-30T12:00:00+02:00'],
    ['2014-03-30T01:30', '2014-03-30T01:30:00+01:00'],
    ['2014-10-26T12:00', '2014-10-26T12:00:00+01:00'],
  ])('reads %j as %s', (local, iso) => expect(berlinLocalToIso(local)).toBe(iso));

  it.each(['', '2014-05-22', '2014-05-22 09:00', '22.05.2014 09:00', '2014-05-22T9:00'])('refuses %j', (local) =>
    expect(berlinLocalToIso(local)).toBeNull(),
  );

  it('writes an instant as the Berlin wall-clock time an input shows', () => {
    expect(isoToBerlinLocal('2014-05-22T07:00:00.000Z')).toBe('2014-05-22T09:00');
    expect(isoToBerlinLocal('2014-12-31T23:30:00Z')).toBe('2015-01-01T00:30');
    expect(isoToBerlinLocal('2014-05-22T09:00:00+02:00')).toBe('2014-05-22T09:00');
    expect(isoToBerlinLocal(null)).toBe('');
    expect(isoToBerlinLocal(undefined)).toBe('');
    expect(isoToBerlinLocal('kein Datum')).toBe('');
  });

  it('round-trips what staff typed', () => {
    for (const local of ['2014-05-22T09:00', '2014-01-01T00:00', '2014-10-26T03:15']) {
      expect(isoToBerlinLocal(berlinLocalToIso(local))).toBe(local);
    }
  });
});

describe('dates and ranges in the reader’s language, Berlin time', () => {
  it('writes a range on one day with one date, and a day with its weekday', () => {
    expect(formatDateRange('2014-05-22T07:00:00.000Z', '2014-05-22T14:30:00.000Z', 'de-DE')).toBe(
      '22.05.2014, 09:00–16:30 Uhr',
    );
    expect(formatDateRange('2014-12-01T10:00:00.000Z', '2014-12-01T12:00:00.000Z', 'de-DE')).toBe(
      '01.12.2014, 11:00–13:00 Uhr',
    );
    expect(formatDateRange('2014-05-22T07:00:00.000Z', '2014-05-22T07:00:00.000Z', 'de-DE')).toBe('22.05.2014, 09:00');
    expect(formatDay('2014-05-21T22:30:00.000Z', 'de-DE')).toBe('Donnerstag, 22. Mai 2014');
  });
});

describe('calendar days as text', () => {
  it('shows a calendar day given as ISO text as that day, with no zone to shift it', () => {
    expect(formatIsoCalendarDate('2014-05-22')).toBe('22.05.2014');
    expect(formatIsoCalendarDate('2014-12-31')).toBe('31.12.2014');
    expect(isIsoCalendarDate('2014-01-01')).toBe(true);
    expect(isIsoCalendarDate('2014-01-01T00:00:00Z')).toBe(false);
    expect(isIsoCalendarDate('=1+1')).toBe(false);
    expect(() => formatIsoCalendarDate('22.05.2014')).toThrow(RangeError);
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
    it('reads back what parseGermanDate understood', () =>
      expect(formatIsoDate(parseGermanDate('2.5.14'))).toBe('02.05.2014'));
  });

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
});

describe('numbers', () => {
  it('writes numbers with a decimal comma and thousands dots', () => {
    expect(formatGermanNumber(1234.56)).toBe('1.234,56');
    expect(formatGermanNumber(1234.5, { fractionDigits: 2 })).toBe('1.234,50');
    expect(formatGermanNumber(48316, { fractionDigits: 2, grouping: false })).toBe('48316,00');
    expect(formatGermanNumber(-3)).toBe('-3');
    expect(() => formatGermanNumber(Number.NaN)).toThrow(RangeError);
  });

  describe('German decimals (integer hundredths)', () => {
    it.each([
      ['1.234,5', 123450],
      ['12,25', 1225],
      ['7', 700],
      ['0,1', 10],
      ['85 %', 8500],
      ['-1,5', -150],
    ])('%s → %i', (text, centi) => expect(parseGermanDecimal(text)).toBe(centi));
    it.each(['1,234', '1.23', '12.5', 'x', ''])('rejects %j', (text) => expect(parseGermanDecimal(text)).toBeNull());
    it.each([
      [123450, '1.234,5'],
      [1225, '12,25'],
      [700, '7'],
      [-150, '-1,5'],
      [0, '0'],
    ])('%i → %s', (centi, text) => expect(formatGermanDecimal(centi)).toBe(text));
  });
});

describe('cents', () => {
  it('writes integer cents as euros without floating point', () => {
    expect(formatCentsAsGermanDecimal(4_831_600)).toBe('48.316,00');
    expect(formatCentsAsGermanDecimal(4_831_600, { grouping: false })).toBe('48316,00');
    expect(formatCentsAsGermanDecimal(-5)).toBe('-0,05');
    expect(formatCentsAsGermanDecimal(308_000_000_00)).toBe('308.000.000,00');
    expect(() => formatCentsAsGermanDecimal(0.5)).toThrow(RangeError);
  });

  describe('formatCents', () => {
    it.each([
      [4831600, '48.316,00\u00a0€'],
      [0, '0,00\u00a0€'],
      [5, '0,05\u00a0€'],
      [-123456, '-1.234,56\u00a0€'],
      [100000000, '1.000.000,00\u00a0€'],
    ])('%i → %s', (cents, text) => expect(formatCents(cents)).toBe(text));

    it('leaves the symbol off on request', () => expect(formatCents(123456, false)).toBe('1.234,56'));
    it('refuses fractions of a cent', () => expect(() => formatCents(1.5)).toThrow(RangeError));
  });

  describe('parseGermanAmount', () => {
    it.each([
      ['1.234,56', 123456],
      ['48316', 4831600],
      ['48.316,00 €', 4831600],
      ['12,5', 1250],
      ['0,07', 7],
      ['-3,10', -310],
    ])('%s → %i', (text, cents) => expect(parseGermanAmount(text)).toBe(cents));

    it.each(['', 'abc', '1,234.56', '12,345', '1.23,00', '1e3', '85 %'])('rejects %j', (text) =>
      expect(parseGermanAmount(text)).toBeNull(),
    );

    it('round-trips with formatCents', () => {
      for (const cents of [1, 99, 100, 123456789, 4831600]) {
        expect(parseGermanAmount(formatCents(cents))).toBe(cents);
      }
    });
  });

  describe('centsToInput', () => {
    it.each([
      [123456, '1.234,56'],
      [4831600, '48.316,00'],
      [5, '0,05'],
      [0, '0,00'],
      [-1250, '-12,50'],
    ])('%i cents → %s (no € sign, as one types it)', (cents, text) => expect(centsToInput(cents)).toBe(text));

    it('leaves the field empty when there is no amount', () => {
      expect(centsToInput(null)).toBe('');
      expect(centsToInput(undefined)).toBe('');
    });

    it.each([1, 99, 100, 123456, 100000000])('reads back to the same cents (%i)', (cents) =>
      expect(parseGermanAmount(centsToInput(cents))).toBe(cents),
    );
  });

  describe('formatEuros', () => {
    it.each([
      [1200000, '12.000\u00a0€'],
      [123456789, '1.234.568\u00a0€'],
      [149, '1\u00a0€'],
      [150, '2\u00a0€'],
      [0, '0\u00a0€'],
      [-123456, '-1.235\u00a0€'],
    ])('%i cents → %j', (cents, text) => expect(formatEuros(cents)).toBe(text));

    it('never shows "-0" for less than half a euro below zero', () => expect(formatEuros(-49)).toBe('0\u00a0€'));
  });
});
