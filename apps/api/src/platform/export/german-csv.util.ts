import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  formatCentsAsGermanDecimal,
  formatGermanDate,
  formatGermanDateTime,
  formatGermanNumber,
  formatIsoCalendarDate,
  isIsoCalendarDate,
} from '@wir/shared';
import { neutraliseFormula, type CellValue } from './spreadsheet-cell.util';
import { whenWritable } from './stream-backpressure.util';
import type { SpreadsheetColumn, SpreadsheetColumnType } from './spreadsheet-column';

export type GermanCsvOptions = {
  /** Thousands dots in decimals and cents ("1.234,56"); German Excel reads both forms as numbers. Default true. */
  numberGrouping?: boolean;
};

/** One value as German Excel expects it in a CSV cell; text is neutralised against formula injection. */
export function germanCsvCell(
  value: CellValue,
  type: SpreadsheetColumnType = 'text',
  { numberGrouping = true }: GermanCsvOptions = {},
): string {
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

// csv-stringify's rule, kept: a cell with the delimiter, a quote or a line break is quoted, quotes doubled.
const NEEDS_QUOTES = /[;"\r\n]/;
const QUOTES = /"/g;
/** Characters collected before they are written: few, large writes instead of one per row. */
const CHUNK_CHARS = 64 * 1024;

/** One cell of a `;`-separated record, quoted where needed. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTES, '""')}"` : text;
}

/** Collects records into large chunks and writes them into `out`, waiting while it is full. */
class GermanCsvWriter<Row> {
  private chunk = '\uFEFF';

  constructor(
    private readonly columns: SpreadsheetColumn<Row>[],
    private readonly out: Writable,
    private readonly options: GermanCsvOptions,
  ) {
    this.chunk += `${columns.map((c) => csvField(neutraliseFormula(c.header))).join(';')}\r\n`;
  }

  add(row: Row): void {
    const { columns, options } = this;
    let record = '';
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      if (i > 0) record += ';';
      record += csvField(germanCsvCell(c.value(row), c.type, options));
    }
    this.chunk += `${record}\r\n`;
  }

  get chunkFull(): boolean {
    return this.chunk.length >= CHUNK_CHARS;
  }

  async flush(): Promise<void> {
    if (this.out.destroyed) throw new Error('The download stream was closed.');
    const chunk = this.chunk;
    this.chunk = '';
    if (chunk && !this.out.write(chunk)) await whenWritable(this.out);
  }

  async end(): Promise<void> {
    await this.flush();
    const done = finished(this.out, { readable: false });
    this.out.end();
    await done;
  }
}

/**
 * Streams rows as CSV for German Excel into `out` (ending it): UTF-8 with BOM, `;` between
 * cells, CRLF line ends, quotes where needed, German dates and numbers, no cell that starts a
 * formula. Rows are pulled one by one and written in chunks of about 64 kB with backpressure,
 * so memory does not grow with their number.
 */
export async function writeGermanCsv<Row>(
  rows: AsyncIterable<Row> | Iterable<Row>,
  columns: SpreadsheetColumn<Row>[],
  out: Writable,
  options: GermanCsvOptions = {},
): Promise<void> {
  const writer = new GermanCsvWriter(columns, out, options);
  for await (const row of rows) {
    writer.add(row);
    if (writer.chunkFull) await writer.flush();
  }
  await writer.end();
}

/** Like writeGermanCsv, for rows that come in pages (e.g. from keyset queries): no await per row. */
export async function writeGermanCsvPages<Row>(
  pages: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>,
  columns: SpreadsheetColumn<Row>[],
  out: Writable,
  options: GermanCsvOptions = {},
): Promise<void> {
  const writer = new GermanCsvWriter(columns, out, options);
  for await (const page of pages) {
    for (const row of page) {
      writer.add(row);
      if (writer.chunkFull) await writer.flush();
    }
  }
  await writer.end();
}
