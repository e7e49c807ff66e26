/**
 * Conversions between `<input type="datetime-local">` values, which are wall-clock times in
 * Europe/Berlin (what staff type), and ISO 8601 instants with offset (what the API stores).
 */
const TIME_ZONE = 'Europe/Berlin';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function berlinParts(utcMillis: number) {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(utcMillis)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes Berlin is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutesAt(utcMillis: number): number {
  const p = berlinParts(utcMillis);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2014-05-22T09:00" (Berlin) → "2014-05-22T09:00:00+02:00"; null for an empty or malformed value. */
export function berlinLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wallAsUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
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
  const p = berlinParts(millis);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
