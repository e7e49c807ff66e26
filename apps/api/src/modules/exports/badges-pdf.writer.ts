import type { Writable } from 'node:stream';
import { formatGermanDate } from '@wir/shared';
import { PDF_FONT, writePdf } from '#api/platform/export/pdf-document.util';
import { pdfSafeText, type PdfFonts } from '#api/platform/export/pdf-fonts.util';
import { A4, fitLine, mm, PDF_BRAND } from '#api/platform/export/pdf-layout.util';
import type { EventEntity } from '#api/modules/events/event.entity';
import type { ExportRegistration } from './exports.repository';

// A4 sheet of 2 × 4 badges of 85 × 55 mm (the size of common badge holders), touching each
// other so one cut separates two; cut marks in the page margin.
const BADGE = { width: mm(85), height: mm(55), columns: 2, rows: 4 };
const ORIGIN = { x: (A4.width - BADGE.columns * BADGE.width) / 2, y: (A4.height - BADGE.rows * BADGE.height) / 2 };
const PADDING = mm(4);
const BAND_HEIGHT = mm(13);
export const BADGES_PER_PAGE = BADGE.columns * BADGE.rows;

type Line = {
  text: string;
  font: 'regular' | 'bold';
  max: number;
  min: number;
  y: number;
  color?: string;
  align?: 'left' | 'center';
};

/** Name badges: first and last name large, organisation, event title and date. */
export async function writeBadgesPdf(
  out: Writable,
  event: EventEntity,
  registrations: AsyncIterable<ExportRegistration>,
  fonts: PdfFonts,
): Promise<void> {
  const title = pdfSafeText(event.title.de, fonts);
  const date = formatGermanDate(event.startsAt);
  await writePdf(out, { title: `Namensschilder – ${title}`, fonts }, async ({ doc, nextPage }) => {
    let slot = BADGES_PER_PAGE;
    for await (const r of registrations) {
      if (slot === BADGES_PER_PAGE) {
        await nextPage();
        drawCutMarks(doc);
        slot = 0;
      }
      const x = ORIGIN.x + (slot % BADGE.columns) * BADGE.width;
      const y = ORIGIN.y + Math.floor(slot / BADGE.columns) * BADGE.height;
      drawBadge(doc, x, y, {
        title,
        date,
        first: pdfSafeText(r.firstName, fonts),
        last: pdfSafeText(r.lastName, fonts),
        organisation: pdfSafeText(r.organisationName, fonts),
      });
      slot++;
    }
  });
}

function drawBadge(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  b: { title: string; date: string; first: string; last: string; organisation: string },
) {
  // Faint outline: a guide for scissors when no cutter is at hand.
  doc.save().lineWidth(0.3).strokeColor('#c8c8c8').rect(x, y, BADGE.width, BADGE.height).stroke().restore();
  doc.save().rect(x, y, BADGE.width, BAND_HEIGHT).fill(PDF_BRAND).restore();
  const inner = { x: x + PADDING, width: BADGE.width - 2 * PADDING };
  const lines: Line[] = [
    { text: b.title, font: 'bold', max: 10, min: 7, y: y + mm(2.2), color: '#ffffff', align: 'left' },
    { text: b.date, font: 'regular', max: 8, min: 8, y: y + mm(7.6), color: '#ffffff', align: 'left' },
    { text: b.first, font: 'bold', max: 24, min: 11, y: y + BAND_HEIGHT + mm(6) },
    { text: b.last, font: 'bold', max: 20, min: 10, y: y + BAND_HEIGHT + mm(16) },
    { text: b.organisation, font: 'regular', max: 11, min: 7, y: y + BAND_HEIGHT + mm(29) },
  ];
  for (const line of lines) {
    if (!line.text) continue;
    const fitted = fitLine(doc, PDF_FONT[line.font], line.text, inner.width, line.max, line.min);
    doc.font(PDF_FONT[line.font], fitted.size).fillColor(line.color ?? '#000000');
    // Centred by hand: pdfkit's `align` needs line wrapping, which a badge line must not do.
    const left = line.align === 'left' ? inner.x : inner.x + (inner.width - doc.widthOfString(fitted.text)) / 2;
    doc.text(fitted.text, left, line.y, { lineBreak: false });
  }
  doc.fillColor('#000000');
}

function drawCutMarks(doc: PDFKit.PDFDocument) {
  const gap = mm(2);
  const length = mm(6);
  doc.save().lineWidth(0.5).strokeColor('#000000');
  for (let c = 0; c <= BADGE.columns; c++) {
    const x = ORIGIN.x + c * BADGE.width;
    const bottom = ORIGIN.y + BADGE.rows * BADGE.height;
    doc
      .moveTo(x, ORIGIN.y - gap)
      .lineTo(x, ORIGIN.y - gap - length)
      .stroke();
    doc
      .moveTo(x, bottom + gap)
      .lineTo(x, bottom + gap + length)
      .stroke();
  }
  for (let r = 0; r <= BADGE.rows; r++) {
    const y = ORIGIN.y + r * BADGE.height;
    const right = ORIGIN.x + BADGE.columns * BADGE.width;
    doc
      .moveTo(ORIGIN.x - gap, y)
      .lineTo(ORIGIN.x - gap - length, y)
      .stroke();
    doc
      .moveTo(right + gap, y)
      .lineTo(right + gap + length, y)
      .stroke();
  }
  doc.restore();
}
