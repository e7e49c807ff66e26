import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { neutraliseFormula, type CellValue } from './spreadsheet-cell.util';
import type { SpreadsheetColumn, SpreadsheetColumnType } from './spreadsheet-column';
import { formatCentsAsGermanDecimal, formatGermanDate, formatGermanDateTime, formatGermanNumber, formatIsoCalendarDate, isIsoCalendarDate } from './german-format.util';

export type GermanCsvOptions = {
  /** Thousands dots in decimals and cents ("1.234,56"); German Excel reads both forms as numbers. Default true. */
  numberGrouping?: boolean;
};

/** One value as German Excel expects it in a CSV cell; text is neutralised against formula injection. */
export function germanCsvCell(value: CellValue, type: SpreadsheetColumnType = 'text', { numberGrouping = true }: GermanCsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return type === 'date' ? formatGermanDate(value) : formatGermanDateTime(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') {
    if (type === 'cents') return formatCentsAsGermanDecimal(value, { grouping: numberGrouping });
    if (type === 'integer') return formatGermanNumber(value, { fractionDigits: 0, grouping: false });
    if (type === 'decimal') return formatGermanNumber(value, { fractionDigits: 2, grouping: numberGrouping });
    return formatGermanNumber(value, { grouping: false });
  }
  if (type === 'date' && isIsoCalendarDate(value)) return formatIsoCalendarDate(value);
  return neutraliseFormula(value);
}

/**
 * Streams rows as CSV for German Excel into `out` (ending it): UTF-8 with BOM, `;` between
 * cells, CRLF line ends, quotes where needed, German dates and numbers, no cell that starts a
 * formula. Rows are pulled one by one, so memory does not grow with their number.
 */
export async function writeGermanCsv<Row>(rows: AsyncIterable<Row> | Iterable<Row>, columns: SpreadsheetColumn<Row>[], out: Writable, options: GermanCsvOptions = {}): Promise<void> {
  async function* records() {
    yield columns.map((c) => neutraliseFormula(c.header));
    for await (const row of rows) yield columns.map((c) => germanCsvCell(c.value(row), c.type, options));
  }
  const stringifier = stringify({ delimiter: ';', bom: true, record_delimiter: 'windows' });
  await pipeline(Readable.from(records()), stringifier, out);
}
