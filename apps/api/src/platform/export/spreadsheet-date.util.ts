import { berlinWallClock } from '@wir/shared';

/**
 * A Date whose UTC fields are the Berlin wall-clock time of `date`. Spreadsheet cells have no
 * time zone and exceljs writes a Date's UTC fields, so this makes Excel show Berlin time.
 */
export function asBerlinSpreadsheetDate(date: Date): Date {
  const w = berlinWallClock(date);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, date.getUTCMilliseconds()));
}
