import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { PdfFonts } from './pdf-fonts.util';
import { whenWritable } from './stream-backpressure.util';

/** Registered font names: use `doc.font(PDF_FONT.bold)`. */
export const PDF_FONT = { regular: 'regular', bold: 'bold' } as const;

export type PdfPageWriter = {
  doc: PDFKit.PDFDocument;
  /** Starts a new page; waits first while the receiver is behind, so memory stays flat. */
  nextPage(): Promise<void>;
};

/**
 * Streams a PDF into `out` (ending it): A4 pages without automatic first page, fonts
 * registered as `regular`/`bold`. `render` adds pages with `nextPage()`.
 */
export async function writePdf(
  out: Writable,
  options: { title: string; fonts: PdfFonts },
  render: (writer: PdfPageWriter) => Promise<void>,
): Promise<void> {
  // Loaded on first use: the PDF library is tens of megabytes the API need not hold until then.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    margin: 0,
    info: { Title: options.title, Creator: 'WIR-Plattform', Producer: 'WIR-Plattform' },
  });
  doc.registerFont(PDF_FONT.regular, options.fonts.regular);
  doc.registerFont(PDF_FONT.bold, options.fonts.bold);
  const closed = finished(out);
  doc.pipe(out);
  const writer: PdfPageWriter = {
    doc,
    async nextPage() {
      forgetWordLayouts(doc);
      await whenWritable(out);
      doc.addPage({ size: 'A4', margin: 0 });
    },
  };
  try {
    await render(writer);
  } catch (err) {
    doc.unpipe(out);
    closed.catch(() => undefined);
    throw err;
  }
  doc.end();
  await closed;
}

/**
 * pdfkit caches the layout of every distinct word for the whole document; with thousands of
 * names that cache, not the pages, fills the memory. Emptied per page it still saves the
 * repeated words (titles, dates) and keeps memory flat. (`_fontFamilies` is pdfkit-internal;
 * without it, nothing happens.)
 */
function forgetWordLayouts(doc: PDFKit.PDFDocument): void {
  const fonts = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies;
  for (const font of Object.values(fonts ?? {})) if (font.layoutCache) font.layoutCache = Object.create(null);
}
