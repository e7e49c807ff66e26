import type { Writable } from 'node:stream';
import { PDF_FONT, writePdf } from '#api/platform/export/pdf-document.util';
import { pdfSafeText, type PdfFonts } from '#api/platform/export/pdf-fonts.util';
import { PDF_BRAND, REPORT_PAGE } from '#api/platform/export/pdf-layout.util';
import { ReportPages } from '#api/platform/export/report-pages';
import type { Block } from './narrative-report-layout.util';

const { margin: MARGIN, textWidth: WIDTH } = REPORT_PAGE;
const PAD = 3;
const TABLE_FONT = 8;
const TEXT_FONT = 9.5;
const HEADING_SIZE: Record<1 | 2 | 3, number> = { 1: 13, 2: 10.5, 3: 9.5 };

/** The Sachbericht as a PDF (A4, German), drawn from the same blocks as the Word file. */
export async function writeNarrativeReportPdf(
  out: Writable,
  input: { title: string; footer: string; blocks: Block[]; fonts: PdfFonts },
): Promise<void> {
  const safe = (text: string) => pdfSafeText(text, input.fonts);
  // pdfSafeText turns line breaks into spaces; paragraphs keep theirs, line by line.
  const lines = (text: string) => text.split(/\r?\n/).map(safe).join('\n');
  await writePdf(out, { title: safe(input.title), fonts: input.fonts }, async (writer) => {
    const { doc } = writer;
    const pages = new ReportPages(writer, (n) => safe(`${input.footer} · Seite ${n}`));

    const table = async (block: Extract<Block, { kind: 'table' }>) => {
      const total = block.columns.reduce((s, c) => s + c.width, 0);
      const widths = block.columns.map((c) => (c.width / total) * WIDTH);
      const rowHeight = (cells: string[], bold: boolean) => {
        doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular, TABLE_FONT);
        return (
          Math.max(
            ...cells.map((c, i) => doc.heightOfString(safe(c) || ' ', { width: widths[i] - 2 * PAD })),
            TABLE_FONT + 2,
          ) +
          2 * PAD
        );
      };
      const drawRow = (cells: string[], options: { header?: boolean; bold?: boolean }) => {
        const bold = Boolean(options.header || options.bold);
        const height = rowHeight(cells, bold);
        pages.rowFrame(height, options);
        let x = MARGIN;
        cells.forEach((c, i) => {
          doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular, TABLE_FONT).fillColor('#000000');
          doc.text(safe(c), x + PAD, pages.y + PAD, { width: widths[i] - 2 * PAD, align: block.columns[i].align });
          x += widths[i];
        });
        pages.y += height;
        pages.rowRule();
      };
      const header = block.columns.map((c) => c.header);
      await pages.ensure(rowHeight(header, true) + (block.rows[0] ? rowHeight(block.rows[0], false) : 0));
      drawRow(header, { header: true });
      for (const [i, row] of block.rows.entries()) {
        const bold = Boolean(block.totalRow && i === block.rows.length - 1);
        if (await pages.ensure(rowHeight(row, bold))) drawRow(header, { header: true });
        drawRow(row, { bold });
      }
      pages.y += 6;
    };

    await pages.newPage();
    for (const block of input.blocks) {
      if (block.kind === 'title') {
        doc.font(PDF_FONT.bold, 18).fillColor(PDF_BRAND).text(safe(block.text), MARGIN, pages.y, { width: WIDTH });
        doc
          .font(PDF_FONT.regular, 9)
          .fillColor('#000000')
          .text(safe(block.subtitle), MARGIN, doc.y + 2, { width: WIDTH });
        pages.y = doc.y + 10;
      } else if (block.kind === 'fields') {
        await pages.fields(block.rows.map(([label, value]) => [safe(label), safe(value)]));
        pages.y += 4;
      } else if (block.kind === 'heading') {
        await pages.ensure(HEADING_SIZE[block.level] + 40);
        pages.y += block.level === 1 ? 12 : 6;
        doc
          .font(PDF_FONT.bold, HEADING_SIZE[block.level])
          .fillColor(block.level === 3 ? '#000000' : PDF_BRAND)
          .text(safe(block.text), MARGIN, pages.y, { width: WIDTH });
        doc.fillColor('#000000');
        pages.y = doc.y + 4;
      } else if (block.kind === 'paragraph') {
        for (const paragraph of lines(block.text)
          .split('\n')
          .flatMap((p) => pieces(p))) {
          doc.font(PDF_FONT.regular, TEXT_FONT);
          await pages.ensure(doc.heightOfString(paragraph || ' ', { width: WIDTH }) + 2);
          doc.text(paragraph || ' ', MARGIN, pages.y, { width: WIDTH });
          pages.y = doc.y + 2;
        }
        pages.y += 4;
      } else {
        await table(block);
      }
    }
  });
}

/** A paragraph in pieces of at most `max` characters, cut at spaces, so no piece outgrows a page. */
export function pieces(paragraph: string, max = 800): string[] {
  const out: string[] = [];
  let rest = paragraph;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(' ', max);
    const at = cut > max / 2 ? cut : max;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  out.push(rest);
  return out;
}
