/**
 * Formats integer cents the German way ("48.316,00 €") without floating point.
 */
export function formatCents(cents: number, withSymbol = true): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('cents must be a safe integer');
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped},${rest}${withSymbol ? '\u00a0€' : ''}`;
}

/**
 * Parses an amount typed the German way ("1.234,56", "48316", "12,5") into integer cents.
 * Returns null when the text is not an amount.
 */
export function parseGermanAmount(text: string): number | null {
  const t = text.replace(/[\s\u00a0€]/g, '');
  const m = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const euros = m[2].replace(/\./g, '');
  const cents = (m[3] ?? '').padEnd(2, '0');
  const value = Number(euros) * 100 + Number(cents);
  if (!Number.isSafeInteger(value)) return null;
  return m[1] ? -value : value;
}
