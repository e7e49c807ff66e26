import type { Writable } from 'node:stream';
import { writeGermanCsvPages } from '#api/platform/export/german-csv.util';
import type { ReceiptList, ReceiptListRow } from './receipt-list';
import { RECEIPT_LIST_COLUMNS } from './receipt-list-columns';

async function* pagesOf(list: ReceiptList): AsyncGenerator<ReceiptListRow[]> {
  for (const section of list.sections) for (const group of section.groups) yield* group.pages();
}

/**
 * The Belegliste as CSV for German Excel. Flat on purpose: one row per receipt and no sum rows, so
 * a program can read it back; section and group are columns. Amounts without thousands dots (48316,00).
 */
export function writeReceiptListCsv(out: Writable, list: ReceiptList): Promise<void> {
  return writeGermanCsvPages(pagesOf(list), RECEIPT_LIST_COLUMNS, out, { numberGrouping: false });
}
