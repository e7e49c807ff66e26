import type { Writable } from 'node:stream';
import {
  writeXlsx,
  xlsxHeading,
  xlsxSubtotal,
  type XlsxField,
  type XlsxMarkerRow,
  type XlsxSheet,
} from '#api/platform/export/xlsx-stream.util';
import type { ReceiptList, ReceiptListRow } from './receipt-list';
import { RECEIPT_LIST_COLUMNS } from './receipt-list-columns';

async function* withSums(list: ReceiptList): AsyncGenerator<ReceiptListRow | XlsxMarkerRow> {
  for (const section of list.sections) {
    yield xlsxHeading(section.label);
    for (const group of section.groups) {
      yield xlsxHeading(group.label);
      for await (const page of group.pages()) yield* page;
      yield xlsxSubtotal(`Summe ${group.label}`, 1);
    }
    yield xlsxSubtotal(`Summe ${section.label}`, 2);
  }
}

/** The Belegliste as XLSX: the grant's data on top, every group of the plan with its sum, a total per section. */
export function writeReceiptListXlsx(out: Writable, list: ReceiptList, header: XlsxField[]): Promise<void> {
  const sheet: XlsxSheet<ReceiptListRow> = {
    name: 'Belegliste',
    columns: RECEIPT_LIST_COLUMNS,
    rows: withSums(list),
    preamble: { title: 'Belegliste', fields: header },
  };
  return writeXlsx(out, [sheet as XlsxSheet<unknown>]);
}
