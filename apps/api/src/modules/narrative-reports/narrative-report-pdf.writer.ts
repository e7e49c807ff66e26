import type { Writable } from 'node:stream';
import { PDF_FONT, writePdf } from '#api/platform/export/pdf-document.util';
import { pdfSafeText, type PdfFonts } from '#api/platform/export/pdf-fonts.util';
import { PDF_BRAND, REPORT_PAGE, writeReportFooter } from '#api/platform/export/pdf-layout.util';
import type { Block } from './narrative-report-layout.util';

const { margin: MARGIN, textWidth: WIDTH, contentBottom: CONTENT_BOTTOM } = REPORT_PAGE;
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
  await writePdf(out, { title: safe(input.title), fonts: input.fonts }, async ({ doc, nextPage }) => {
    let y = 0;
    let pageNumber = 0;
    const newPage = async () => {
      await nextPage();
      pageNumber++;
      writeReportFooter(doc, safe(`${input.footer} · Seite ${pageNumber}`));
      y = MARGIN;
    };
    const ensure = async (height: number) => {
      if (y + height <= CONTENT_BOTTOM) return false;
      await newPage();
      return true;
    };

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
        if (options.header) doc.save().rect(MARGIN, y, WIDTH, height).fill('#e8eef5').restore();
        if (options.bold)
          doc
            .save()
            .lineWidth(0.8)
            .moveTo(MARGIN, y)
            .lineTo(MARGIN + WIDTH, y)
            .stroke('#000000')
            .restore();
        let x = MARGIN;
        cells.forEach((c, i) => {
          doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular, TABLE_FONT).fillColor('#000000');
          doc.text(safe(c), x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: block.columns[i].align });
          x += widths[i];
        });
        y += height;
        doc
          .save()
          .lineWidth(0.3)
          .moveTo(MARGIN, y)
          .lineTo(MARGIN + WIDTH, y)
          .stroke('#bbbbbb')
          .restore();
      };
      const header = block.columns.map((c) => c.header);
      await ensure(rowHeight(header, true) + (block.rows[0] ? rowHeight(block.rows[0], false) : 0));
      drawRow(header, { header: true });
      for (const [i, row] of block.rows.entries()) {
        const bold = Boolean(block.totalRow && i === block.rows.length - 1);
        if (await ensure(rowHeight(row, bold))) drawRow(header, { header: true });
        drawRow(row, { bold });
      }
      y += 6;
    };

    await newPage();
    for (const block of input.blocks) {
      if (block.kind === 'title') {
        doc.font(PDF_FONT.bold, 18).fillColor(PDF_BRAND).text(safe(block.text), MARGIN, y, { width: WIDTH });
        doc
          .font(PDF_FONT.regular, 9)
          .fillColor('#000000')
          .text(safe(block.subtitle), MARGIN, doc.y + 2, { width: WIDTH });
        y = doc.y + 10;
      } else if (block.kind === 'fields') {
        const labelWidth = 130;
        for (const [label, value] of block.rows) {
          doc.font(PDF_FONT.regular, 9);
          const height = Math.max(doc.heightOfString(safe(value), { width: WIDTH - labelWidth }), 11) + 2;
          await ensure(height);
          doc.font(PDF_FONT.bold, 9).text(safe(label), MARGIN, y, { width: labelWidth - 6 });
          doc.font(PDF_FONT.regular, 9).text(safe(value), MARGIN + labelWidth, y, { width: WIDTH - labelWidth });
          y += height;
        }
        y += 4;
      } else if (block.kind === 'heading') {
        await ensure(HEADING_SIZE[block.level] + 40);
        y += block.level === 1 ? 12 : 6;
        doc
          .font(PDF_FONT.bold, HEADING_SIZE[block.level])
          .fillColor(block.level === 3 ? '#000000' : PDF_BRAND)
          .text(safe(block.text), MARGIN, y, { width: WIDTH });
        doc.fillColor('#000000');
        y = doc.y + 4;
      } else if (block.kind === 'paragraph') {
        for (const paragraph of lines(block.text)
          .split('\n')
          .flatMap((p) => pieces(p))) {
          doc.font(PDF_FONT.regular, TEXT_FONT);
          await ensure(doc.heightOfString(paragraph || ' ', { width: WIDTH }) + 2);
          doc.text(paragraph || ' ', MARGIN, y, { width: WIDTH });
          y = doc.y + 2;
        }
        y += 4;
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
