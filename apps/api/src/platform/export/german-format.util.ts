/** German formats for exports: dates as 22.05.2014, times in Europe/Berlin, numbers as 1.234,56. */
export const EXPORT_TIME_ZONE = 'Europe/Berlin';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: EXPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const HOUR = 3_600_000;
// Berlin's offset from UTC only changes on a full UTC hour (01:00 UTC in March and October), so
// it is looked up once per UTC hour: Intl's formatToParts is far too slow for every cell of a
// large export.
const offsetByUtcHour = new Map<number, number>();

function berlinOffsetMs(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    const at = hour * HOUR;
    const p = Object.fromEntries(partsFormat.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    if (offsetByUtcHour.size > 50_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** The calendar date and clock time in Berlin at that instant. */
export function berlinWallClock(date: Date): WallClock {
  const local = new Date(date.getTime() + berlinOffsetMs(date.getTime()));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/**
 * A Date whose UTC fields are the Berlin wall-clock time of `date`. Spreadsheet cells have no
 * time zone and exceljs writes a Date's UTC fields, so this makes Excel show Berlin time.
 */
export function asBerlinSpreadsheetDate(date: Date): Date {
  const w = berlinWallClock(date);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, date.getUTCMilliseconds()));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "22.05.2014" (the Berlin date of that instant). */
export function formatGermanDate(date: Date): string {
  const w = berlinWallClock(date);
  return `${pad(w.day)}.${pad(w.month)}.${w.year}`;
}

const ISO_CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date as ISO text ("2014-05-22"): a day without time or zone. */
export function isIsoCalendarDate(value: string): boolean {
  return ISO_CALENDAR_DATE.test(value);
}

/** "2014-05-22" → "22.05.2014", by the text alone: a calendar day has no zone to shift it. */
export function formatIsoCalendarDate(isoDate: string): string {
  const m = ISO_CALENDAR_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not a calendar date: ${isoDate}`);
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** "09:30" (Berlin). */
export function formatGermanTime(date: Date): string {
  const w = berlinWallClock(date);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "22.05.2014 09:30" (Berlin). */
export function formatGermanDateTime(date: Date): string {
  const w = berlinWallClock(date);
  return `${pad(w.day)}.${pad(w.month)}.${w.year} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** The ISO calendar date in Berlin, "2014-05-22" (for file names). */
export function berlinIsoDate(date: Date): string {
  const w = berlinWallClock(date);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

type NumberOptions = { fractionDigits?: number; grouping?: boolean };

/** "1.234,56" — decimal comma, optional thousands dots, fixed fraction digits (default: as many as needed, up to 6). */
export function formatGermanNumber(value: number, { fractionDigits, grouping = true }: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return numberFormat(fractionDigits, grouping).format(value);
}

// Building an Intl.NumberFormat costs far more than using one: one per option set, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(fractionDigits: number | undefined, grouping: boolean): Intl.NumberFormat {
  const key = `${fractionDigits}|${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('de-DE', { useGrouping: grouping, minimumFractionDigits: fractionDigits ?? 0, maximumFractionDigits: fractionDigits ?? 6 });
    numberFormats.set(key, format);
  }
  return format;
}

/** Integer cents as euros without floating point: 4831600 → "48.316,00" (or "48316,00" without grouping). */
export function formatCentsAsGermanDecimal(cents: number, { grouping = true }: { grouping?: boolean } = {}): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('cents must be a safe integer');
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  const whole = grouping ? euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : euros;
  return `${cents < 0 ? '-' : ''}${whole},${rest}`;
}
