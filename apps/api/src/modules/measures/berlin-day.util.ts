import type { EntityManager } from 'typeorm';

const berlinParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The ISO calendar day in Berlin of an instant. */
export function berlinDay(instant: Date): string {
  const p = Object.fromEntries(berlinParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** The instant a Berlin calendar day ends (the next day's 00:00 in Berlin): "up to and including asOf" is `< dayEnd(asOf)`. */
export function berlinDayEnd(isoDate: string): Date {
  const next = new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000);
  const nextIso = next.toISOString().slice(0, 10);
  // Berlin is UTC+1 or UTC+2: one of the two is midnight there.
  for (const hours of [1, 2]) {
    const candidate = new Date(next.getTime() - hours * 3_600_000);
    const p = Object.fromEntries(berlinParts.formatToParts(candidate).map((x) => [x.type, x.value]));
    if (`${p.year}-${p.month}-${p.day}` === nextIso && p.hour === '00' && p.minute === '00') return candidate;
  }
  return new Date(next.getTime() - 3_600_000);
}

/** A timestamp parameter as the database compares it: a Date for PostgreSQL, TypeORM's UTC text on SQLite. */
export function instantParam(m: EntityManager, instant: Date): Date | string {
  if (m.connection.options.type === 'postgres') return instant;
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}

/** A timestamp read by a raw query: a Date from PostgreSQL, UTC text from SQLite. */
export function instantFromRow(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}
