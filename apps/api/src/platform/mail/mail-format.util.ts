/** Dates in mails are always shown in the time zone of the venue. */
export const MAIL_TIME_ZONE = 'Europe/Berlin';

/** "22.05.2014, 09:00–16:30 Uhr" (same day) or "22.05.2014, 09:00 – 23.05.2014, 16:30". */
export function formatDateRange(startsAt: string, endsAt: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: MAIL_TIME_ZONE,
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

/** "Donnerstag, 22. Mai 2014". */
export function formatDay(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: MAIL_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(at));
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
