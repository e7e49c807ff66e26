import type { SpreadsheetColumn } from '#api/platform/export/spreadsheet-column';
import type { ReceiptListRow } from './receipt-list';

/** The Belegliste's columns, the same in CSV and XLSX. */
export const RECEIPT_LIST_COLUMNS: SpreadsheetColumn<ReceiptListRow>[] = [
  { header: 'Bereich', value: (r) => r.section, width: 21 },
  { header: 'Gruppe', value: (r) => r.group, width: 32 },
  { header: 'Datum', value: (r) => r.date, type: 'date', width: 11 },
  { header: 'Belegnummer', value: (r) => r.receiptNumber, width: 14 },
  { header: 'Zahlungsempfänger/Einzahler', value: (r) => r.payee, width: 30 },
  { header: 'Zweck', value: (r) => r.purpose, width: 40 },
  { header: 'Betrag', value: (r) => r.amountCents, type: 'cents', width: 15, sum: true },
  { header: 'Sachlich richtig', value: (r) => r.factualBy, width: 20 },
  { header: 'Sachlich richtig am', value: (r) => r.factualAt, type: 'date', width: 12 },
  { header: 'Rechnerisch richtig', value: (r) => r.arithmeticBy, width: 20 },
  { header: 'Rechnerisch richtig am', value: (r) => r.arithmeticAt, type: 'date', width: 12 },
  { header: 'Storno zu', value: (r) => r.reversesNumber, width: 14 },
];
