import type { CellValue } from './spreadsheet-cell.util';

/**
 * How a column's values are written:
 * - `text`: as text, neutralised against formula injection;
 * - `integer`, `decimal`: real numbers (CSV: German decimal comma);
 * - `cents`: integer cents shown as euros (CSV `48.316,00`, XLSX the number 48316 with a € format);
 * - `date`, `datetime`: real dates, shown in Europe/Berlin (CSV `22.05.2014` / `22.05.2014 09:30`);
 *   a `date` column may also hold calendar days as ISO text (`2014-05-22`), shown as that day.
 */
export type SpreadsheetColumnType = 'text' | 'integer' | 'decimal' | 'cents' | 'date' | 'datetime';

/** One column of a CSV or XLSX export; the same list drives both writers. */
export type SpreadsheetColumn<Row> = {
  header: string;
  // Method syntax on purpose: sheets of different row types can then share one list.
  value(row: Row): CellValue;
  type?: SpreadsheetColumnType;
  /** Width in characters (XLSX only). */
  width?: number;
  /** XLSX only: subtotal rows sum this column (numbers only). */
  sum?: boolean;
};
