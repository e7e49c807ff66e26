/**
 * German formats for both apps: calendar days as 22.05.2014, times in Europe/Berlin, numbers as
 * 1.234,56 and integer cents as euros. The one place that turns an instant into Berlin wall-clock
 * time and back; no framework imports, so the API, the admin and their tests share it.
 */
import { toCenti } from './indicator-value.util';

/** Every date and time the project shows or reads is the wall-clock time of the venue. */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

export type BerlinWallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

// Made on first use: building an Intl formatter with a time zone costs ~100 ms on a slow phone, and every
// admin page loads this module whether it formats a date or not.
let partsFormatMade: Intl.DateTimeFormat | undefined;
const partsFormat = () =>
  (partsFormatMade ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: BERLIN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

const HOUR = 3_600_000;
// Berlin's offset from UTC only changes on a full UTC hour (01:00 UTC in March and October), so
// it is looked up once per UTC hour: Intl's formatToParts is far too slow for every cell of a
// large export.
const offsetByUtcHour = new Map<number, number>();

/** Milliseconds Berlin is ahead of UTC at that instant (one hour in winter, two in summer). */
function berlinOffsetMs(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    const at = hour * HOUR;
    const p = Object.fromEntries(
      partsFormat()
        .formatToParts(new Date(at))
        .map((x) => [x.type, Number(x.value)]),
    );
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    if (offsetByUtcHour.size > 50_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** The calendar date and clock time in Berlin at that instant. */
export function berlinWallClock(date: Date): BerlinWallClock {
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

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO calendar day in Berlin of an instant, "2014-05-22" (file names, per-day counts, date defaults). */
export function berlinIsoDate(date: Date): string {
  const w = berlinWallClock(date);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Today in Berlin as ISO text (the default for dates of new entries). */
export function todayIso(): string {
  return berlinIsoDate(new Date());
}

/** The instant a Berlin calendar day ends (the next day's 00:00 in Berlin): "up to and including asOf" is `< berlinDayEnd(asOf)`. */
export function berlinDayEnd(isoDate: string): Date {
  const next = new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000);
  const nextIso = next.toISOString().slice(0, 10);
  // Berlin is UTC+1 or UTC+2: one of the two is midnight there.
  for (const hours of [1, 2]) {
    const candidate = new Date(next.getTime() - hours * HOUR);
    const w = berlinWallClock(candidate);
    if (berlinIsoDate(candidate) === nextIso && w.hour === 0 && w.minute === 0) return candidate;
  }
  return new Date(next.getTime() - HOUR);
}

/** "2014-05-22T09:00" (Berlin, as a datetime-local input holds it) → "2014-05-22T09:00:00+02:00"; null for an empty or malformed value. */
export function berlinLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wallAsUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const offsetMinutesAt = (utcMs: number) => Math.round(berlinOffsetMs(utcMs) / 60_000);
  // The offset at the wall time itself; checked once more to settle the days DST changes.
  let offset = offsetMinutesAt(wallAsUtc - offsetMinutesAt(wallAsUtc) * 60_000);
  offset = offsetMinutesAt(wallAsUtc - offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local.trim()}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An ISO instant → "2014-05-22T09:00" in Berlin, for a datetime-local input ('' for none). */
export function isoToBerlinLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) return '';
  const w = berlinWallClock(new Date(millis));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** "22.05.2014" (the Berlin date of that instant). */
export function formatGermanDate(date: Date): string {
  const w = berlinWallClock(date);
  return `${pad(w.day)}.${pad(w.month)}.${w.year}`;
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

/** In the UI language, Berlin time: "22.05.2014, 09:00–16:30 Uhr" (same day) or "22.05.2014, 09:00 – 23.05.2014, 16:30". */
export function formatDateRange(startsAt: string, endsAt: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: BERLIN_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return end > start ? format.formatRange(start, end) : format.format(start);
}

/** In the UI language, Berlin time: "Donnerstag, 22. Mai 2014". */
export function formatDay(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: BERLIN_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(at));
}

const ISO_CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date as ISO text ("2014-05-22"): a day without time or zone. */
export function isIsoCalendarDate(value: string): boolean {
  return ISO_CALENDAR_DATE.test(value);
}

/** "2014-05-22" → "22.05.2014", by the text alone: a calendar day has no zone to shift it. Throws for other text. */
export function formatIsoCalendarDate(isoDate: string): string {
  const m = ISO_CALENDAR_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not a calendar date: ${isoDate}`);
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** For display: the day of ISO text ("2014-05-22", or the date part of a timestamp) as "22.05.2014"; '' for none, other text as it is. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * Dates as finance staff type them: "22.05.2014" (also "22.5.2014", "22.05.14"), or ISO "2014-05-22".
 * Returns the calendar day as ISO text, or null when the text is not a real date.
 */
export function parseGermanDate(text: string): string | null {
  const t = text.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t);
  const iso = ISO_CALENDAR_DATE.exec(t);
  let year: number;
  let month: number;
  let day: number;
  if (german) {
    day = Number(german[1]);
    month = Number(german[2]);
    year = german[3]!.length === 2 ? 2000 + Number(german[3]) : Number(german[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * A date and time as staff type them, Berlin wall-clock: "29.01.2027, 09:00" (also without the comma,
 * "29.1.2027 9:00", a two-digit year, or "2027-01-29T09:00" as a datetime-local input holds it).
 * Returns "2027-01-29T09:00" (for berlinLocalToIso), or null when the text is not a real date and time:
 * 31.02., hour 24, or a clock time Berlin skips when summer time starts (last Sunday of March, 02:00–02:59).
 */
export function parseGermanDateTime(text: string): string | null {
  const t = text.trim();
  const german = /^(\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4}))(?:,\s*|\s+)(\d{1,2}):(\d{2})(?:\s*Uhr)?$/i.exec(t);
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(t);
  const m = german ?? local;
  if (!m) return null;
  const day = parseGermanDate(m[1]!);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (!day || hour > 23 || minute > 59) return null;
  const wall = `${day}T${pad(hour)}:${pad(minute)}`;
  const iso = berlinLocalToIso(wall);
  // A wall time that does not come back unchanged does not exist in Berlin (the spring gap).
  return iso && isoToBerlinLocal(iso) === wall ? wall : null;
}

/** "29.01.2027, 09:00" typed → ISO instant with Berlin's offset ("2027-01-29T09:00:00+01:00"); null when it is not a date and time. */
export function germanDateTimeToIso(text: string): string | null {
  const wall = parseGermanDateTime(text);
  return wall ? berlinLocalToIso(wall) : null;
}

/** An ISO instant → "29.01.2027, 09:00" (Berlin) for a date-time text field; '' for none. */
export function isoToGermanDateTimeInput(iso: string | null | undefined): string {
  const wall = isoToBerlinLocal(iso);
  if (!wall) return '';
  const [date, time] = wall.split('T');
  return `${formatIsoDate(date)}, ${time}`;
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
    format = new Intl.NumberFormat('de-DE', {
      useGrouping: grouping,
      minimumFractionDigits: fractionDigits ?? 0,
      maximumFractionDigits: fractionDigits ?? 6,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** Digits with a dot between every three from the right: "1234567" → "1.234.567". */
const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Integer cents as euros without floating point: 4831600 → "48.316,00" (or "48316,00" without grouping). */
export function formatCentsAsGermanDecimal(cents: number, { grouping = true }: { grouping?: boolean } = {}): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('cents must be a safe integer');
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${cents < 0 ? '-' : ''}${grouping ? groupThousands(euros) : euros},${rest}`;
}

/** Integer cents the German way ("48.316,00 €", or "48.316,00" without the symbol) without floating point. */
export function formatCents(cents: number, withSymbol = true): string {
  return `${formatCentsAsGermanDecimal(cents)}${withSymbol ? '\u00a0€' : ''}`;
}

/** Cents as the text of an amount field ("1.234,56"), so an edit form shows what one would type; '' for no amount. */
export function centsToInput(cents: number | null | undefined): string {
  return cents == null ? '' : formatCents(cents, false);
}

/** Whole euros for chart axes ("12.000 €"); the exact amounts are in the tables beside the charts. */
export function formatEuros(cents: number): string {
  const euros = Math.round(cents / 100);
  return `${euros < 0 ? '-' : ''}${groupThousands(Math.abs(euros).toString())}\u00a0€`;
}

/** Integer hundredths printed the German way ("1.234,5"; "12,25"; "7"). */
export function formatGermanDecimal(centi: number): string {
  const abs = Math.abs(centi);
  const fraction = (abs % 100).toString().padStart(2, '0').replace(/0+$/, '');
  return `${centi < 0 ? '-' : ''}${groupThousands(Math.trunc(abs / 100).toString())}${fraction ? `,${fraction}` : ''}`;
}

/** A German decimal with at most two decimals ("-1.234,5"): sign, whole digits without dots, decimals; null when it is not one. */
function germanDecimalParts(text: string): { negative: boolean; whole: string; decimals: string | undefined } | null {
  const m = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  return m ? { negative: Boolean(m[1]), whole: m[2]!.replace(/\./g, ''), decimals: m[3] } : null;
}

/**
 * Parses an amount typed the German way ("1.234,56", "48316", "12,5") into integer cents.
 * Returns null when the text is not an amount.
 */
export function parseGermanAmount(text: string): number | null {
  const parts = germanDecimalParts(text.replace(/[\s\u00a0€]/g, ''));
  if (!parts) return null;
  const value = Number(parts.whole) * 100 + Number((parts.decimals ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return null;
  return parts.negative ? -value : value;
}

/**
 * A number typed the German way ("1.234,5", "12,25", "7", "85 %") as integer hundredths; null when it is not one.
 * For the admin's value grid.
 */
export function parseGermanDecimal(text: string): number | null {
  const parts = germanDecimalParts(text.replace(/[\s\u00a0%€]/g, ''));
  if (!parts) return null;
  return toCenti(`${parts.negative ? '-' : ''}${parts.whole}${parts.decimals ? `.${parts.decimals}` : ''}`);
}
