import * as fs from 'node:fs';

/**
 * DejaVu Sans covers Latin (incl. Turkish), Greek, Cyrillic, Arabic and Hebrew; Debian ships it
 * in fonts-dejavu-core (installed in CI). Without it, PDFs use Helvetica and text is reduced to
 * what Helvetica's WinAnsi encoding can show.
 */
export const DEJAVU_SANS = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
} as const;

export type PdfFonts =
  { unicode: true; regular: Buffer; bold: Buffer } | { unicode: false; regular: 'Helvetica'; bold: 'Helvetica-Bold' };

const HELVETICA: PdfFonts = { unicode: false, regular: 'Helvetica', bold: 'Helvetica-Bold' };
let cached: PdfFonts | undefined;

/** The fonts for PDFs: DejaVu Sans when installed (read once per process), else Helvetica. */
export function pdfFonts(paths: { regular: string; bold: string } = DEJAVU_SANS): PdfFonts {
  if (paths === DEJAVU_SANS && cached) return cached;
  let fonts: PdfFonts = HELVETICA;
  try {
    fonts = { unicode: true, regular: fs.readFileSync(paths.regular), bold: fs.readFileSync(paths.bold) };
  } catch {
    // Not installed: Helvetica, see pdfSafeText.
  }
  if (paths === DEJAVU_SANS) cached = fonts;
  return fonts;
}

// Windows-1252 beyond Latin-1: what Helvetica (WinAnsiEncoding) can show in 0x80–0x9F.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const DOTLESS: Record<string, string> = { ı: 'i', İ: 'I' };

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/**
 * Text the chosen font can draw. With DejaVu everything passes; with Helvetica, letters outside
 * WinAnsi lose their accents (Ş → S, ğ → g) and what has no Latin form becomes `?`.
 */
export function pdfSafeText(text: string, fonts: Pick<PdfFonts, 'unicode'>): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (fonts.unicode) return clean;
  let out = '';
  for (const char of clean) {
    if (isWinAnsi(char)) out += char;
    else {
      const base = DOTLESS[char] ?? char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
