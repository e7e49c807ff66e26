const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ı: 'i',
  İ: 'I',
};

/** A file name of plain ASCII letters, digits, `.`, `_` and `-` (umlauts transliterated, accents dropped). */
export function asciiFileName(name: string): string {
  const ascii = name
    .replace(/[äöüÄÖÜßıİ]/g, (c) => TRANSLITERATION[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+(?=\.)|-+$/g, '');
  return ascii || 'download';
}

// RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="Teilnehmerliste-Integrationskonferenz.csv"; filename*=UTF-8''Teilnehmerliste%20…`:
 * an ASCII name for old clients plus the exact UTF-8 name (RFC 6266 / RFC 5987).
 */
export function attachmentDisposition(fileName: string): string {
  const clean = fileName.replace(/[\u0000-\u001f\u007f"\\/]/g, '').trim() || 'download';
  return `attachment; filename="${asciiFileName(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}
