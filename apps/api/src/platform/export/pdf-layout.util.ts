import { PDF_FONT } from './pdf-document.util';

/** Millimetres to PDF points (1 pt = 1/72 inch). */
export const mm = (value: number) => (value * 72) / 25.4;

/** A4 portrait in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The house colour of every PDF (headings, table heads, badge bands). */
export const PDF_BRAND = '#1f4e79';

/** The report pages (Verwendungsnachweis, Sachbericht, survey answers): A4 with 20 mm margins. */
export const REPORT_PAGE = {
  margin: mm(20),
  textWidth: A4.width - 2 * mm(20),
  contentBottom: A4.height - mm(20),
} as const;

/** The grey footer line of a report page: centred, 12 mm above the bottom edge; the fill colour is black again after it. */
export function writeReportFooter(doc: PDFKit.PDFDocument, text: string): void {
  doc.font(PDF_FONT.regular, 7).fillColor('#555555');
  doc.text(text, REPORT_PAGE.margin, A4.height - mm(12), {
    width: REPORT_PAGE.textWidth,
    align: 'center',
    lineBreak: false,
  });
  doc.fillColor('#000000');
}

type Measurer = { font(src: string, size?: number): unknown; widthOfString(text: string): number };

/**
 * One line of text that fits `width`: the largest font size from `max` down to `min` (rounded
 * down to 0.5 pt); when even `min` is too wide, the text is cut and ends with "…".
 */
export function fitLine(
  doc: Measurer,
  font: string,
  text: string,
  width: number,
  max: number,
  min: number,
): { size: number; text: string } {
  // Width grows linearly with the size: one measurement gives the size that fits.
  doc.font(font, max);
  const atMax = doc.widthOfString(text);
  if (atMax <= width) return { size: max, text };
  const size = Math.floor(((max * width) / atMax) * 2) / 2;
  if (size >= min) return { size, text };
  doc.font(font, min);
  if (doc.widthOfString(text) <= width) return { size: min, text };
  const chars = [...text];
  while (chars.length > 1 && doc.widthOfString(`${chars.join('').trimEnd()}…`) > width) chars.pop();
  return { size: min, text: `${chars.join('').trimEnd()}…` };
}
