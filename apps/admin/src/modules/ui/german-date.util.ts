/**
 * Dates as finance staff type them: "22.05.2014" (also "22.5.2014", "22.05.14"), or ISO "2014-05-22".
 * Returns the calendar day as ISO text, or null when the text is not a real date.
 */
export function parseGermanDate(text: string): string | null {
  const t = text.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
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
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A calendar day (ISO "2014-05-22") the German way: "22.05.2014". Other text is returned as it is. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Today in Berlin as ISO text (the default for dates of new entries). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
