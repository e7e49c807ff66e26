import { germanDateTimeToIso, isoToGermanDateTimeInput, parseGermanDateTime } from './german-format.util';

describe('parseGermanDateTime', () => {
  it('reads the German way with and without comma, short forms and the datetime-local form', () => {
    expect(parseGermanDateTime('29.01.2027, 09:00')).toBe('2027-01-29T09:00');
    expect(parseGermanDateTime(' 29.01.2027 09:00 ')).toBe('2027-01-29T09:00');
    expect(parseGermanDateTime('29.1.27, 9:05')).toBe('2027-01-29T09:05');
    expect(parseGermanDateTime('29.01.2027, 09:00 Uhr')).toBe('2027-01-29T09:00');
    expect(parseGermanDateTime('2027-01-29T09:00')).toBe('2027-01-29T09:00');
  });

  it('refuses days, hours and minutes that do not exist and the US form', () => {
    expect(parseGermanDateTime('31.02.2027, 09:00')).toBeNull();
    expect(parseGermanDateTime('29.02.2027, 09:00')).toBeNull();
    expect(parseGermanDateTime('29.02.2028, 09:00')).toBe('2028-02-29T09:00');
    expect(parseGermanDateTime('29.01.2027, 24:00')).toBeNull();
    expect(parseGermanDateTime('29.01.2027, 09:60')).toBeNull();
    expect(parseGermanDateTime('01/29/2027, 09:00 AM')).toBeNull();
    expect(parseGermanDateTime('29.01.2027')).toBeNull();
    expect(parseGermanDateTime('')).toBeNull();
  });

  it('refuses the hour Berlin skips when summer time starts and keeps the minutes around it', () => {
    expect(parseGermanDateTime('28.03.2027, 02:30')).toBeNull();
    expect(parseGermanDateTime('28.03.2027, 02:00')).toBeNull();
    expect(germanDateTimeToIso('28.03.2027, 01:59')).toBe('2027-03-28T01:59:00+01:00');
    expect(germanDateTimeToIso('28.03.2027, 03:00')).toBe('2027-03-28T03:00:00+02:00');
  });

  it('gives the offset of the day: winter +01:00, summer +02:00, both sides of the autumn change', () => {
    expect(germanDateTimeToIso('29.01.2027, 09:00')).toBe('2027-01-29T09:00:00+01:00');
    expect(germanDateTimeToIso('29.07.2027, 09:00')).toBe('2027-07-29T09:00:00+02:00');
    expect(germanDateTimeToIso('31.10.2027, 01:59')).toBe('2027-10-31T01:59:00+02:00');
    expect(germanDateTimeToIso('31.10.2027, 03:00')).toBe('2027-10-31T03:00:00+01:00');
    // 02:30 happens twice that night; one of the two instants, and it shows as typed.
    const twice = germanDateTimeToIso('31.10.2027, 02:30');
    expect(['2027-10-31T02:30:00+02:00', '2027-10-31T02:30:00+01:00']).toContain(twice);
    expect(isoToGermanDateTimeInput(twice)).toBe('31.10.2027, 02:30');
  });
});

describe('isoToGermanDateTimeInput', () => {
  it('shows an instant in Berlin time the German way', () => {
    expect(isoToGermanDateTimeInput('2027-01-29T08:00:00Z')).toBe('29.01.2027, 09:00');
    expect(isoToGermanDateTimeInput('2027-07-29T07:00:00.000Z')).toBe('29.07.2027, 09:00');
    expect(isoToGermanDateTimeInput(null)).toBe('');
    expect(isoToGermanDateTimeInput('not a date')).toBe('');
  });

  it('round-trips with the parser', () => {
    for (const iso of [
      '2027-01-29T08:00:00.000Z',
      '2027-03-28T00:59:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-10-31T02:00:00.000Z',
    ]) {
      expect(new Date(germanDateTimeToIso(isoToGermanDateTimeInput(iso))!).toISOString()).toBe(iso);
    }
  });
});
