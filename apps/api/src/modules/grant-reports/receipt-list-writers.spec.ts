import ExcelJS from 'exceljs';
import { writtenBytes } from '#api/platform/export/written-bytes.util';
import type { ReceiptList, ReceiptListRow } from './receipt-list';
import { writeReceiptListCsv } from './receipt-list-csv.writer';
import { writeReceiptListXlsx } from './receipt-list-xlsx.writer';

const row = (
  section: string,
  group: string,
  nr: string,
  date: string,
  amountCents: number,
  over: Partial<ReceiptListRow> = {},
): ReceiptListRow => ({
  id: 0,
  section,
  group,
  date,
  receiptNumber: nr,
  payee: 'Rettungsdienstschule',
  purpose: 'Schulung',
  amountCents,
  factualById: null,
  factualBy: null,
  factualAt: null,
  arithmeticById: null,
  arithmeticBy: null,
  arithmeticAt: null,
  reversesNumber: null,
  ...over,
});

function list(): ReceiptList {
  const pages = (...p: ReceiptListRow[][]) =>
    async function* () {
      yield* p;
    };
  return {
    sections: [
      {
        label: 'Einnahmen',
        groups: [
          { label: 'Zuwendung', pages: pages([row('Einnahmen', 'Zuwendung', 'E-1', '2014-04-01', 2_400_000)]) },
          { label: 'Drittmittel', pages: pages() },
        ],
      },
      {
        label: 'Ausgaben',
        groups: [
          {
            label: '1 Personal',
            pages: pages(
              [
                row('Ausgaben', '1 Personal', 'B-1', '2014-01-15', 4_831_600, {
                  payee: '-5',
                  factualBy: 'Erika',
                  factualAt: new Date('2014-01-20T10:00:00Z'),
                }),
              ],
              [
                row('Ausgaben', '1 Personal', 'B-1-S', '2014-12-31', -4_831_600, {
                  payee: '=1+1',
                  reversesNumber: 'B-1',
                }),
                row('Ausgaben', '1 Personal', 'B-2', '2014-12-31', 1),
              ],
            ),
          },
        ],
      },
    ],
  };
}

describe('Belegliste writers', () => {
  it('writes one flat CSV row per receipt, income first, amounts without thousands dots', async () => {
    const csv = await writtenBytes((out) => writeReceiptListCsv(out, list()));
    expect(csv.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Bereich;Gruppe;Datum;Belegnummer;Zahlungsempfänger/Einzahler;Zweck;Betrag;Sachlich richtig;Sachlich richtig am;Rechnerisch richtig;Rechnerisch richtig am;Storno zu',
      'Einnahmen;Zuwendung;01.04.2014;E-1;Rettungsdienstschule;Schulung;24000,00;;;;;',
      "Ausgaben;1 Personal;15.01.2014;B-1;'-5;Schulung;48316,00;Erika;20.01.2014;;;",
      "Ausgaben;1 Personal;31.12.2014;B-1-S;'=1+1;Schulung;-48316,00;;;;;B-1",
      'Ausgaben;1 Personal;31.12.2014;B-2;Rettungsdienstschule;Schulung;0,01;;;;;',
      '',
    ]);
  });

  it('writes headings, a sum per group (empty groups too) and per section into the XLSX', async () => {
    const header = [{ label: 'Zuwendung', value: 'WIR 2014' }];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writtenBytes((out) => writeReceiptListXlsx(out, list(), header))) as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.getWorksheet('Belegliste')!;
    const column = (n: number) =>
      Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1).getCell(n).value);
    expect(column(1).slice(0, 5)).toEqual(['Belegliste', 'Zuwendung', null, 'Bereich', 'Einnahmen']);
    expect(column(4).filter((v) => typeof v === 'string' && v !== 'Belegnummer')).toEqual([
      'E-1',
      'B-1',
      'B-1-S',
      'B-2',
    ]);
    const sums = Object.fromEntries(
      Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1))
        .filter((r) => String(r.getCell(1).value).startsWith('Summe'))
        .map((r) => {
          const v = r.getCell(7).value;
          return [r.getCell(1).value, typeof v === 'number' ? v : (v as { result: number }).result];
        }),
    );
    expect(sums).toEqual({
      'Summe Zuwendung': 24_000,
      'Summe Drittmittel': 0,
      'Summe Einnahmen': 24_000,
      'Summe 1 Personal': 0.01,
      'Summe Ausgaben': 0.01,
    });
  });
});
