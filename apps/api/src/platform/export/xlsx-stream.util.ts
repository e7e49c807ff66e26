import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { neutraliseFormula, type CellValue } from './spreadsheet-cell.util';
import type { SpreadsheetColumn, SpreadsheetColumnType } from './spreadsheet-column';
import { asBerlinSpreadsheetDate } from './german-format.util';
import { whenWritable } from './stream-backpressure.util';

// Number formats are stored locale-neutral; German Excel shows them as 22.05.2014 and 48.316,00 €.
const NUMBER_FORMATS: Record<SpreadsheetColumnType, string | undefined> = {
  text: undefined,
  integer: '0',
  decimal: '#,##0.00',
  cents: '#,##0.00 "€"',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
};

/** Rows between two pauses in which the zip stream catches up (exceljs only zips while we yield). */
const ROWS_PER_FLUSH = 500;

export type XlsxSheet<Row> = {
  name: string;
  columns: SpreadsheetColumn<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
};

/** A value as the XLSX cell holds it: text neutralised, cents as euros, dates as Berlin wall-clock time (date columns: the day). */
export function xlsxCellValue(value: CellValue, type: SpreadsheetColumnType = 'text'): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const wallClock = asBerlinSpreadsheetDate(value);
    // A date column holds the calendar day only, so Excel's filters and comparisons work by day.
    return type === 'date' ? new Date(Date.UTC(wallClock.getUTCFullYear(), wallClock.getUTCMonth(), wallClock.getUTCDate())) : wallClock;
  }
  if (typeof value === 'number') return type === 'cents' ? value / 100 : value;
  if (typeof value === 'boolean') return value;
  return neutraliseFormula(value);
}

/**
 * Streams sheets as an XLSX file into `out` (ending it) with exceljs's streaming writer (no
 * shared strings): bold frozen header row with an autofilter, column widths, real numbers and
 * dates. Rows are committed as they come; the writer waits while `out` is full and stops when
 * `out` is closed early (client gone).
 */
export async function writeXlsx(out: Writable, sheets: XlsxSheet<unknown>[]): Promise<void> {
  const closed = finished(out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  workbook.creator = 'WIR-Plattform';
  const write = async () => {
    for (const sheet of sheets) await writeSheet(workbook, sheet, out);
    await workbook.commit();
  };
  // commit() waits for 'finish', which never comes when the client hangs up; `closed` rejects then.
  await Promise.race([write(), closed.then(() => new Promise<void>(() => undefined))]);
}

async function writeSheet<Row>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: XlsxSheet<Row>, out: Writable): Promise<void> {
  const { columns } = sheet;
  const ws = workbook.addWorksheet(sheet.name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.columns = columns.map((c) => ({ width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)) }));
  const header = ws.addRow(columns.map((c) => neutraliseFormula(c.header)));
  header.font = { bold: true };
  header.commit();
  const formats = columns.map((c) => NUMBER_FORMATS[c.type ?? 'text']);
  let sinceFlush = 0;
  for await (const row of sheet.rows) {
    const xlsxRow = ws.addRow(columns.map((c) => xlsxCellValue(c.value(row), c.type)));
    formats.forEach((numFmt, i) => {
      if (numFmt) xlsxRow.getCell(i + 1).numFmt = numFmt;
    });
    xlsxRow.commit();
    if (++sinceFlush >= ROWS_PER_FLUSH) {
      sinceFlush = 0;
      await nextTurn();
      await whenWritable(out);
    }
  }
  ws.commit();
}
