import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import { isIsoCalendarDate } from '@wir/shared';
import { neutraliseFormula, type CellValue } from './spreadsheet-cell.util';
import type { SpreadsheetColumn, SpreadsheetColumnType } from './spreadsheet-column';
import { asBerlinSpreadsheetDate } from './spreadsheet-date.util';
import { whenWritable } from './stream-backpressure.util';

// Number formats are stored locale-neutral; German Excel shows them as 22.05.2014 and 48.316,00 €.
export const XLSX_NUMBER_FORMATS: Record<SpreadsheetColumnType, string | undefined> = {
  text: undefined,
  integer: '0',
  decimal: '#,##0.00',
  cents: '#,##0.00 "€"',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
};

/** Rows between two pauses in which the zip stream catches up (exceljs only zips while we yield). */
const ROWS_PER_FLUSH = 500;
/** Subtotal levels: 1 sums data rows, 2 sums level-1 subtotals (e.g. groups, then sections), 3 sums level 2. */
const MAX_SUBTOTAL_LEVEL = 3;

/** A row between the data rows: a bold heading, or a subtotal of the columns marked `sum`. */
export class XlsxMarkerRow {
  constructor(
    readonly kind: 'heading' | 'subtotal',
    readonly label: string,
    readonly level = 1,
  ) {
    if (kind === 'subtotal' && !(Number.isInteger(level) && level >= 1 && level <= MAX_SUBTOTAL_LEVEL))
      throw new RangeError(`subtotal level ${level}`);
  }
}

/** A bold line of text between data rows (e.g. a group's name). */
export const xlsxHeading = (text: string) => new XlsxMarkerRow('heading', text);

/**
 * A bold row with `SUM` formulas (and their values) in the `sum` columns: level 1 over the data
 * rows since the previous subtotal, level n over the level n−1 subtotals since the previous
 * subtotal of level n or higher (data rows not yet under a lower subtotal are included).
 */
export const xlsxSubtotal = (label: string, level = 1) => new XlsxMarkerRow('subtotal', label, level);

/** A label and its value in the block above the table. */
export type XlsxField = { label: string; value: CellValue; type?: SpreadsheetColumnType };

export type XlsxSheet<Row> = {
  name: string;
  columns: SpreadsheetColumn<Row>[];
  rows: AsyncIterable<Row | XlsxMarkerRow> | Iterable<Row | XlsxMarkerRow>;
  /** A block above the table: a bold title, then one label and value per row (e.g. a grant's data). */
  preamble?: { title: string; fields: XlsxField[] };
};

/** A value as the XLSX cell holds it: text neutralised, cents as euros, dates as Berlin wall-clock time (date columns: the day). */
export function xlsxCellValue(value: CellValue, type: SpreadsheetColumnType = 'text'): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const wallClock = asBerlinSpreadsheetDate(value);
    // A date column holds the calendar day only, so Excel's filters and comparisons work by day.
    return type === 'date'
      ? new Date(Date.UTC(wallClock.getUTCFullYear(), wallClock.getUTCMonth(), wallClock.getUTCDate()))
      : wallClock;
  }
  if (typeof value === 'number') return type === 'cents' ? value / 100 : value;
  if (typeof value === 'boolean') return value;
  // A calendar day as ISO text is that day at midnight, whatever the server's zone.
  if (type === 'date' && isIsoCalendarDate(value)) return new Date(`${value}T00:00:00Z`);
  return neutraliseFormula(value);
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Streams an XLSX workbook into `out` (ending it): `build` adds and commits the sheets of the
 * exceljs streaming writer (no shared strings); formulas are recomputed when the file is opened.
 * Stops with an error when `out` is closed early (client gone).
 */
export async function streamWorkbook(
  out: Writable,
  build: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>,
): Promise<void> {
  const closed = finished(out);
  // Loaded on first use: the spreadsheet library is tens of megabytes the API need not hold until then.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  workbook.creator = 'WIR-Plattform';
  workbook.calcProperties = { fullCalcOnLoad: true };
  const write = async () => {
    await build(workbook);
    await workbook.commit();
  };
  // commit() waits for 'finish', which never comes when the client hangs up; `closed` rejects then.
  await Promise.race([write(), closed.then(() => new Promise<void>(() => undefined))]);
}

/**
 * Streams sheets as an XLSX file into `out` (ending it): optional block above the table, bold
 * frozen header row with an autofilter, column widths, real numbers and dates, headings and
 * subtotal rows between the data rows. Rows are committed as they come; the writer waits while
 * `out` is full and stops when `out` is closed early (client gone).
 */
export function writeXlsx(out: Writable, sheets: XlsxSheet<unknown>[]): Promise<void> {
  return streamWorkbook(out, async (workbook) => {
    for (const sheet of sheets) await writeSheet(workbook, sheet, out);
  });
}

function writePreamble(ws: ExcelJS.Worksheet, preamble: NonNullable<XlsxSheet<unknown>['preamble']>): void {
  const title = ws.addRow([neutraliseFormula(preamble.title)]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const field of preamble.fields) {
    const row = ws.addRow([neutraliseFormula(field.label), xlsxCellValue(field.value, field.type)]);
    row.getCell(1).font = { bold: true };
    const numFmt = XLSX_NUMBER_FORMATS[field.type ?? 'text'];
    if (numFmt) row.getCell(2).numFmt = numFmt;
    row.commit();
  }
  ws.addRow([]).commit();
}

/** Keeps what the subtotal rows need: per level, the values so far and the cells or ranges that add up to them. */
class Subtotals {
  private readonly totals: number[][];
  private readonly terms: string[][];
  private open: { from: number; to: number } | null = null;

  constructor(private readonly sumColumns: number[]) {
    this.totals = Array.from({ length: MAX_SUBTOTAL_LEVEL + 2 }, () => sumColumns.map(() => 0));
    this.terms = Array.from({ length: MAX_SUBTOTAL_LEVEL + 2 }, () => []);
  }

  addData(rowNumber: number, values: CellValue[]): void {
    this.open = this.open ? { from: this.open.from, to: rowNumber } : { from: rowNumber, to: rowNumber };
    this.sumColumns.forEach((col, i) => {
      const v = values[col];
      if (typeof v === 'number') for (const levelTotals of this.totals) levelTotals[i] += v;
    });
  }

  /** The formula and value per summed column for a subtotal of `level` written at `rowNumber`. */
  close(level: number, rowNumber: number): { formula: (letter: string) => string | null; values: number[] } {
    if (this.open) {
      this.terms[1].push(
        this.open.from === this.open.to ? `#${this.open.from}` : `#${this.open.from}:#${this.open.to}`,
      );
      this.open = null;
    }
    for (let l = 1; l < level; l++) {
      this.terms[l + 1].push(...this.terms[l]);
      this.terms[l] = [];
    }
    const terms = this.terms[level];
    this.terms[level] = [];
    this.terms[level + 1].push(`#${rowNumber}`);
    const values = [...this.totals[level]];
    for (let l = 1; l <= level; l++) this.totals[l] = this.totals[l].map(() => 0);
    return {
      formula: (letter) => (terms.length ? `SUM(${terms.map((t) => t.replace(/#/g, letter)).join(',')})` : null),
      values,
    };
  }
}

/**
 * exceljs writes a sheet's XML into its own stream, which pushes into the zip's deflate stream
 * without heeding backpressure: when deflating is slower than writing rows, the XML piles up in
 * memory. This waits until the deflate streams (exceljs-internal `stream.pipes`) take more.
 */
async function whenZipCaughtUp(ws: ExcelJS.Worksheet): Promise<void> {
  const pipes = (ws as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) if (!pipe.destroyed && !pipe.writableEnded) await whenWritable(pipe);
}

async function writeSheet<Row>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: XlsxSheet<Row>,
  out: Writable,
): Promise<void> {
  const { columns } = sheet;
  // Title, fields and a blank row; views are written when the sheet is added, so this is known first.
  const headerRow = sheet.preamble ? sheet.preamble.fields.length + 3 : 1;
  const ws = workbook.addWorksheet(sheet.name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  ws.columns = columns.map((c) => ({ width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)) }));
  if (sheet.preamble) writePreamble(ws, sheet.preamble);
  const header = ws.addRow(columns.map((c) => neutraliseFormula(c.header)));
  header.font = { bold: true };
  header.commit();

  const formats = columns.map((c) => XLSX_NUMBER_FORMATS[c.type ?? 'text']);
  // One style object per column, shared by its cells: exceljs looks a style up by identity first,
  // and builds and compares its XML for every new object (most of the time of a large sheet).
  const styles: Partial<ExcelJS.Style>[] = formats.map((numFmt) => (numFmt ? { numFmt } : {}));
  const sumColumns = columns.flatMap((c, i) => (c.sum ? [i] : []));
  const subtotals = new Subtotals(sumColumns);
  let sinceFlush = 0;
  for await (const item of sheet.rows) {
    if (item instanceof XlsxMarkerRow) {
      const row = ws.addRow([neutraliseFormula(item.label)]);
      row.font = { bold: true };
      if (item.kind === 'subtotal') {
        const { formula, values } = subtotals.close(item.level, row.number);
        sumColumns.forEach((col, i) => {
          const cell = row.getCell(col + 1);
          const result = xlsxCellValue(values[i], columns[col].type) as number;
          const f = formula(columnLetter(col + 1));
          cell.value = f ? { formula: f, result } : result;
          if (formats[col]) cell.numFmt = formats[col]!;
          cell.border = { top: { style: 'thin' } };
        });
      }
      row.commit();
      continue;
    }
    const values = columns.map((c) => c.value(item));
    const xlsxRow = ws.addRow(columns.map((c, i) => xlsxCellValue(values[i], c.type)));
    for (let i = 0; i < styles.length; i++) xlsxRow.getCell(i + 1).style = styles[i];
    if (sumColumns.length) subtotals.addData(xlsxRow.number, values);
    xlsxRow.commit();
    if (++sinceFlush >= ROWS_PER_FLUSH) {
      sinceFlush = 0;
      await nextTurn();
      await whenZipCaughtUp(ws);
      await whenWritable(out);
    }
  }
  ws.commit();
}
