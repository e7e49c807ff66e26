import type { Writable } from 'node:stream';
import { formatCents, formatGermanNumber } from '@wir/shared';
import { PDF_FONT, writePdf } from '#api/platform/export/pdf-document.util';
import { pdfSafeText, type PdfFonts } from '#api/platform/export/pdf-fonts.util';
import { fitLine, mm, PDF_BRAND, REPORT_PAGE } from '#api/platform/export/pdf-layout.util';
import { ReportPages } from '#api/platform/export/report-pages';
import { grantHeaderFields, headerFieldText } from './grant-header.util';
import type { FigureRow, ProofOfUseInput } from './proof-of-use-figures.util';
import { PROOF_OF_USE_DECLARATION, proofOfUseFigures, proofOfUseTitle } from './proof-of-use-figures.util';

const { margin: MARGIN, textWidth: WIDTH } = REPORT_PAGE;
const PAD = 3;
const FONT_SIZE = 8;

type Column = { header: string; width: number; align: 'left' | 'right'; number?: boolean };
type TableRow = { cells: string[]; bold?: boolean };

const AMOUNT = 78;
const EXPENSE_COLUMNS: Column[] = [
  { header: 'Nr.', width: 30, align: 'left' },
  { header: 'Einzelansatz', width: 104, align: 'left' },
  { header: 'lt. Zuwendungs­bescheid', width: AMOUNT, align: 'right', number: true },
  { header: 'lt. Abrechnung', width: AMOUNT, align: 'right', number: true },
  { header: 'Abweichung', width: AMOUNT, align: 'right', number: true },
  { header: 'Abw. %', width: 38, align: 'right', number: true },
  { header: 'Status (ANBest-P Nr. 1.2)', width: WIDTH - 30 - 104 - 3 * AMOUNT - 38, align: 'left' },
];
const INCOME_COLUMNS: Column[] = [
  { header: 'Finanzierung', width: 134, align: 'left' },
  { header: 'lt. Finanzierungs­plan', width: AMOUNT, align: 'right', number: true },
  { header: 'lt. Abrechnung', width: AMOUNT, align: 'right', number: true },
  { header: 'Abweichung', width: AMOUNT, align: 'right', number: true },
  { header: 'Abw. %', width: 38, align: 'right', number: true },
];

/** "16,0 %", or "–" where the plan is 0. */
export function percentText(percent: number | null): string {
  return percent === null ? '–' : `${formatGermanNumber(percent, { fractionDigits: 1 })} %`;
}

const figureCells = (r: FigureRow) => [
  formatCents(r.plannedCents),
  formatCents(r.actualCents),
  formatCents(r.deviationCents),
  percentText(r.deviationPercent),
];

/** The Verwendungsnachweis, figures part (zahlenmäßiger Nachweis), as a PDF ready to sign. */
export async function writeProofOfUsePdf(out: Writable, input: ProofOfUseInput & { fonts: PdfFonts }): Promise<void> {
  const { grant, fonts } = input;
  const safe = (text: string) => pdfSafeText(text, fonts);
  const figures = proofOfUseFigures(input);
  const header = grantHeaderFields(grant, input.issuedAt, input.asOf);
  const title = proofOfUseTitle(input.asOf);

  await writePdf(out, { title: `${title} – ${safe(grant.title)}`, fonts }, async (writer) => {
    const { doc } = writer;
    const pages = new ReportPages(writer, (n) =>
      safe(`${title} – zahlenmäßiger Nachweis · ${grant.title} · Seite ${n}`),
    );
    const heading = async (text: string) => {
      await pages.ensure(40);
      pages.y += 10;
      doc.font(PDF_FONT.bold, 11).fillColor(PDF_BRAND).text(text, MARGIN, pages.y, { width: WIDTH });
      doc.fillColor('#000000');
      pages.y = doc.y + 4;
    };

    const rowHeight = (columns: Column[], cells: string[], options: { bold?: boolean; header?: boolean } = {}) => {
      let height = FONT_SIZE + 2;
      columns.forEach((c, i) => {
        if ((c.number && !options.header) || !cells[i]) return;
        doc.font(options.bold || options.header ? PDF_FONT.bold : PDF_FONT.regular, FONT_SIZE);
        height = Math.max(height, doc.heightOfString(safe(cells[i]), { width: c.width - 2 * PAD }));
      });
      return height + 2 * PAD;
    };
    const drawRow = (columns: Column[], cells: string[], options: { bold?: boolean; header?: boolean } = {}) => {
      const font = options.bold || options.header ? PDF_FONT.bold : PDF_FONT.regular;
      const height = rowHeight(columns, cells, options);
      pages.rowFrame(height, options);
      const y = pages.y;
      let x = MARGIN;
      columns.forEach((c, i) => {
        const text = safe(cells[i] ?? '');
        if (c.number && !options.header) {
          // An amount never wraps: it shrinks to fit its column.
          const fit = fitLine(doc, font, text, c.width - 2 * PAD, FONT_SIZE, 5);
          doc.font(font, fit.size).text(fit.text, x + PAD, y + PAD + (FONT_SIZE - fit.size), {
            width: c.width - 2 * PAD,
            align: 'right',
            lineBreak: false,
          });
        } else if (text) {
          doc.font(font, FONT_SIZE).text(text, x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align });
        }
        x += c.width;
      });
      pages.y += height;
      if (!options.header) pages.rowRule();
    };
    const table = async (columns: Column[], rows: TableRow[]) => {
      const headerCells = columns.map((c) => c.header);
      await pages.ensure(
        rowHeight(columns, headerCells, { header: true }) + rowHeight(columns, rows[0]?.cells ?? [], rows[0]),
      );
      drawRow(columns, headerCells, { header: true });
      for (const row of rows) {
        if (await pages.ensure(rowHeight(columns, row.cells, row))) drawRow(columns, headerCells, { header: true });
        drawRow(columns, row.cells, { bold: row.bold });
      }
    };

    await pages.newPage();
    doc.font(PDF_FONT.bold, 16).fillColor(PDF_BRAND).text(title, MARGIN, pages.y, { width: WIDTH });
    doc.font(PDF_FONT.regular, 11).fillColor('#000000').text('Zahlenmäßiger Nachweis', MARGIN, doc.y, { width: WIDTH });
    pages.y = doc.y + 10;

    await pages.fields(header.map((field) => [field.label, safe(headerFieldText(field))]));

    await heading('1. Ausgaben nach Einzelansätzen des Finanzierungsplans');
    await table(EXPENSE_COLUMNS, [
      ...figures.expenses.map((r) => ({ cells: [r.code, r.label, ...figureCells(r), r.status ?? ''] })),
      {
        cells: [
          '',
          figures.expenseTotal.label,
          ...figureCells(figures.expenseTotal),
          figures.expenseTotal.status ?? '',
        ],
        bold: true,
      },
    ]);

    await heading('2. Einnahmen (Finanzierung)');
    await table(INCOME_COLUMNS, [
      ...figures.income.map((r) => ({ cells: [r.label, ...figureCells(r)] })),
      { cells: [figures.incomeTotal.label, ...figureCells(figures.incomeTotal)], bold: true },
    ]);

    await heading('3. Ergebnis');
    const resultColumns: Column[] = [
      { header: '', width: 290, align: 'left' },
      { header: '', width: AMOUNT + 20, align: 'right', number: true },
    ];
    for (const r of figures.result) {
      await pages.ensure(rowHeight(resultColumns, [r.label, '']));
      drawRow(resultColumns, [r.label, formatCents(r.cents)]);
    }

    if (figures.notes.length > 0) {
      await heading('Hinweise');
      for (const note of figures.notes) {
        doc.font(PDF_FONT.regular, 9);
        const text = safe(`• ${note}`);
        await pages.ensure(doc.heightOfString(text, { width: WIDTH }) + 4);
        doc.text(text, MARGIN, pages.y, { width: WIDTH });
        pages.y = doc.y + 3;
      }
    }

    // Declaration and signature stay together on one page.
    doc.font(PDF_FONT.regular, 9);
    const declarationHeight = doc.heightOfString(PROOF_OF_USE_DECLARATION, { width: WIDTH });
    await pages.ensure(declarationHeight + 110);
    pages.y += 16;
    doc.text(PROOF_OF_USE_DECLARATION, MARGIN, pages.y, { width: WIDTH });
    const line = pages.y + declarationHeight + 60;
    const half = (WIDTH - mm(15)) / 2;
    doc.save().lineWidth(0.7).strokeColor('#000000');
    doc
      .moveTo(MARGIN, line)
      .lineTo(MARGIN + half, line)
      .stroke();
    doc
      .moveTo(MARGIN + half + mm(15), line)
      .lineTo(MARGIN + WIDTH, line)
      .stroke();
    doc.restore();
    doc.font(PDF_FONT.regular, 8).text('Ort, Datum', MARGIN, line + 3, { width: half });
    doc.text('Rechtsverbindliche Unterschrift', MARGIN + half + mm(15), line + 3, { width: half });
    doc.text('Name und Funktion in Druckbuchstaben', MARGIN + half + mm(15), doc.y + 1, { width: half });
    pages.y = doc.y;
  });
}
