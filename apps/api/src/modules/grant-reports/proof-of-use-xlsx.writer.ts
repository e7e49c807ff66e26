import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { CellValue } from '#api/platform/export/spreadsheet-cell.util';
import type { SpreadsheetColumnType } from '#api/platform/export/spreadsheet-column';
import {
  columnLetter,
  streamWorkbook,
  XLSX_NUMBER_FORMATS,
  xlsxCellValue,
} from '#api/platform/export/xlsx-stream.util';
import { grantHeaderFields } from './grant-header.util';
import {
  PROOF_OF_USE_DECLARATION,
  proofOfUseFigures,
  proofOfUseTitle,
  type FigureRow,
  type ProofOfUseInput,
} from './proof-of-use-figures.util';

type Cell = {
  value: CellValue;
  type?: SpreadsheetColumnType;
  numFmt?: string;
  formula?: string;
  bold?: boolean;
  underline?: boolean;
};

const PERCENT_FORMAT = '0.0 %';
// A: Nr., B: Einzelansatz / label, C: planned, D: actual, E: deviation, F: deviation %, G: status.
const WIDTHS = [8, 40, 20, 20, 18, 12, 36];
const [PLANNED, ACTUAL, DEVIATION] = [3, 4, 5];

/** The Verwendungsnachweis, figures part, as XLSX: real numbers in € format, sums as formulas with their values. */
export function writeProofOfUseXlsx(out: Writable, input: ProofOfUseInput): Promise<void> {
  const figures = proofOfUseFigures(input);
  const header = grantHeaderFields(input.grant, input.issuedAt, input.asOf);
  const title = proofOfUseTitle(input.asOf);

  return streamWorkbook(out, async (workbook) => {
    const ws = workbook.addWorksheet(title, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = WIDTHS.map((width) => ({ width }));

    type RowStyle = {
      bold?: boolean;
      size?: number;
      fill?: boolean;
      topBorder?: boolean;
      height?: number;
      wrap?: boolean;
      mergeAll?: boolean;
    };
    // Rows of the streaming writer are final once committed: everything is set before.
    const add = (cells: (Cell | null)[], style: RowStyle = {}) => {
      const row = ws.addRow([]);
      cells.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (c) {
          const value = xlsxCellValue(c.value, c.type);
          cell.value = c.formula ? ({ formula: c.formula, result: value } as ExcelJS.CellFormulaValue) : value;
          const numFmt = c.numFmt ?? XLSX_NUMBER_FORMATS[c.type ?? 'text'];
          if (numFmt) cell.numFmt = numFmt;
          if (c.bold || style.bold || style.size) cell.font = { bold: c.bold || style.bold, size: style.size };
          if (c.underline) cell.border = { bottom: { style: 'thin' } };
        }
        if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
        if (style.topBorder) cell.border = { top: { style: 'thin' } };
        if (style.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      });
      if (style.height) row.height = style.height;
      if (style.mergeAll) ws.mergeCells(row.number, 1, row.number, WIDTHS.length);
      row.commit();
      return row.number;
    };
    const text = (value: string): Cell => ({ value });
    const cents = (value: number, formula?: string): Cell => ({ value, type: 'cents', formula });
    // Percent cells hold the fraction (0.16 shows as 16,0 %); display only, money stays in cents.
    const percent = (value: number | null): Cell | null =>
      value === null ? text('–') : { value: value / 100, type: 'decimal', numFmt: PERCENT_FORMAT };
    const sum = (column: number, from: number, to: number) =>
      to >= from ? `SUM(${columnLetter(column)}${from}:${columnLetter(column)}${to})` : undefined;
    const figureCells = (r: FigureRow) => [
      cents(r.plannedCents),
      cents(r.actualCents),
      cents(r.deviationCents),
      percent(r.deviationPercent),
    ];
    const totalCells = (r: FigureRow, from: number, to: number) => [
      cents(r.plannedCents, sum(PLANNED, from, to)),
      cents(r.actualCents, sum(ACTUAL, from, to)),
      cents(r.deviationCents, sum(DEVIATION, from, to)),
      percent(r.deviationPercent),
    ];
    const heading = (label: string) => {
      add([]);
      add([text(label)], { bold: true, size: 12 });
    };

    add([text(`${title} – zahlenmäßiger Nachweis`)], { bold: true, size: 14 });
    // Labels in A run over the empty B; values in C.
    for (const field of header)
      add([{ value: field.label, bold: true }, null, { value: field.value, type: field.type }]);

    heading('1. Ausgaben nach Einzelansätzen des Finanzierungsplans');
    const firstLine =
      add(
        [
          'Nr.',
          'Einzelansatz',
          'lt. Zuwendungsbescheid',
          'lt. Abrechnung',
          'Abweichung',
          'Abweichung %',
          'Status (ANBest-P Nr. 1.2)',
        ].map(text),
        { bold: true, fill: true },
      ) + 1;
    let lastLine = firstLine - 1;
    for (const r of figures.expenses)
      lastLine = add([text(r.code), text(r.label), ...figureCells(r), text(r.status ?? '')]);
    add(
      [
        null,
        text(figures.expenseTotal.label),
        ...totalCells(figures.expenseTotal, firstLine, lastLine),
        text(figures.expenseTotal.status ?? ''),
      ],
      { bold: true, topBorder: true },
    );

    heading('2. Einnahmen (Finanzierung)');
    const firstIncome =
      add(
        [null, ...['Finanzierung', 'lt. Finanzierungsplan', 'lt. Abrechnung', 'Abweichung', 'Abweichung %'].map(text)],
        { bold: true, fill: true },
      ) + 1;
    let lastIncome = firstIncome - 1;
    for (const r of figures.income) lastIncome = add([null, text(r.label), ...figureCells(r)]);
    add([null, text(figures.incomeTotal.label), ...totalCells(figures.incomeTotal, firstIncome, lastIncome)], {
      bold: true,
      topBorder: true,
    });

    heading('3. Ergebnis');
    for (const r of figures.result) add([null, text(r.label), null, cents(r.cents)]);

    if (figures.notes.length > 0) {
      heading('Hinweise');
      for (const note of figures.notes) add([text(`• ${note}`)]);
    }

    add([]);
    add([text(PROOF_OF_USE_DECLARATION)], { height: 45, wrap: true, mergeAll: true });
    add([]);
    add([]);
    // Signature lines: place and date under A–B, the signature under D–G.
    const blank = (): Cell => ({ value: '', underline: true });
    add([blank(), blank(), null, blank(), blank(), blank(), blank()]);
    add([text('Ort, Datum'), null, null, text('Rechtsverbindliche Unterschrift')]);
    ws.commit();
  });
}
