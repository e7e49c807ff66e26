import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SpreadsheetColumn } from './spreadsheet-column';
import { writtenBytes } from './written-bytes.util';
import {
  columnLetter,
  writeXlsx,
  xlsxCellValue,
  xlsxHeading,
  xlsxSubtotal,
  XlsxMarkerRow,
  type XlsxSheet,
} from './xlsx-stream.util';

type Line = { name: string; plannedCents: number; bookedAt: Date; count: number };

const columns: SpreadsheetColumn<Line>[] = [
  { header: 'Einzelansatz', value: (r) => r.name, width: 30 },
  { header: 'Plan', value: (r) => r.plannedCents, type: 'cents' },
  { header: 'Gebucht am', value: (r) => r.bookedAt, type: 'date' },
  { header: 'Anzahl', value: (r) => r.count, type: 'integer' },
];

async function xlsxOf(rows: Line[]): Promise<ExcelJS.Workbook> {
  const bytes = await writtenBytes((out) => writeXlsx(out, [{ name: 'Finanzplan', columns, rows }]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('XLSX streaming', () => {
  it('maps values: text neutralised, cents as euros, dates as Berlin wall-clock time', () => {
    expect(xlsxCellValue('@SUM(1)')).toBe("'@SUM(1)");
    expect(xlsxCellValue(4_831_600, 'cents')).toBe(48_316);
    expect(xlsxCellValue(-7, 'integer')).toBe(-7);
    expect((xlsxCellValue(new Date('2014-05-21T22:30:00Z'), 'datetime') as Date).toISOString()).toBe(
      '2014-05-22T00:30:00.000Z',
    );
    expect((xlsxCellValue(new Date('2014-05-21T22:30:00Z'), 'date') as Date).toISOString()).toBe(
      '2014-05-22T00:00:00.000Z',
    );
    expect(xlsxCellValue(undefined)).toBeNull();
    // A calendar day as ISO text stays that day, whatever the process's zone.
    expect((xlsxCellValue('2014-01-01', 'date') as Date).toISOString()).toBe('2014-01-01T00:00:00.000Z');
    expect(xlsxCellValue('2014-01-01')).toBe('2014-01-01');
  });

  it('names columns by letters', () => {
    expect([1, 7, 26, 27, 52, 53, 703].map(columnLetter)).toEqual(['A', 'G', 'Z', 'AA', 'AZ', 'BA', 'AAA']);
  });

  it('writes a bold, frozen, filterable header, widths, numbers with formats and text that is never a formula', async () => {
    const rows: Line[] = [
      { name: '=1+1', plannedCents: 4_831_600, bookedAt: new Date('2014-05-22T07:00:00Z'), count: 3 },
      { name: 'Sachkosten', plannedCents: 99, bookedAt: new Date('2014-12-31T23:30:00Z'), count: -1 },
    ];
    const sheet = (await xlsxOf(rows)).getWorksheet('Finanzplan')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('Einzelansatz');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D1');
    expect(sheet.getColumn(1).width).toBe(30);

    const first = sheet.getRow(2);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).value).toBe("'=1+1");
    expect(first.getCell(2).value).toBe(48_316);
    expect(first.getCell(2).numFmt).toBe('#,##0.00 "€"');
    expect(first.getCell(3).value).toEqual(new Date('2014-05-22T00:00:00Z'));
    expect(first.getCell(3).numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getRow(3).getCell(2).value).toBe(0.99);
    expect(sheet.getRow(3).getCell(3).value).toEqual(new Date('2015-01-01T00:00:00Z'));
    expect(sheet.getRow(3).getCell(4).value).toBe(-1);
  });

  it('streams many rows from an async source', async () => {
    async function* rows() {
      for (let i = 0; i < 2_500; i++) yield { name: `Zeile ${i}`, plannedCents: i, bookedAt: new Date(0), count: i };
    }
    const out = new PassThrough();
    let bytes = 0;
    out.on('data', (c: Buffer) => (bytes += c.length));
    await writeXlsx(out, [{ name: 'Viele', columns, rows: rows() }]);
    expect(bytes).toBeGreaterThan(10_000);
  });

  it('stops with an error when the receiver goes away', async () => {
    async function* rows() {
      for (let i = 0; i < 1_000_000; i++)
        yield { name: 'x'.repeat(50), plannedCents: i, bookedAt: new Date(0), count: i };
    }
    const out = new PassThrough({ highWaterMark: 1024 });
    setTimeout(() => out.destroy(), 50);
    await expect(writeXlsx(out, [{ name: 'Abbruch', columns, rows: rows() }])).rejects.toThrow();
  });

  it('writes a block above the table, headings and subtotal rows with SUM formulas and exact values', async () => {
    type Booking = { group: string; day: string; cents: number };
    const bookingColumns: SpreadsheetColumn<Booking>[] = [
      { header: 'Gruppe', value: (r) => r.group, width: 22 },
      { header: 'Datum', value: (r) => r.day, type: 'date' },
      { header: 'Betrag', value: (r) => r.cents, type: 'cents', sum: true },
    ];
    const rows: (Booking | XlsxMarkerRow)[] = [
      xlsxHeading('Einnahmen'),
      xlsxHeading('Zuwendung'),
      { group: 'Zuwendung', day: '2014-01-01', cents: 10 },
      { group: 'Zuwendung', day: '2014-12-31', cents: 20 },
      xlsxSubtotal('Summe Zuwendung'),
      xlsxHeading('Eigenanteil'),
      xlsxSubtotal('Summe Eigenanteil'),
      xlsxSubtotal('Summe Einnahmen', 2),
      xlsxHeading('Ausgaben'),
      { group: '1', day: '2014-05-22', cents: 1 },
      xlsxSubtotal('Summe 1'),
      { group: '2', day: '2014-05-23', cents: 2 },
      { group: '2', day: '2014-05-24', cents: -3 },
      xlsxSubtotal('Summe 2'),
      { group: '3', day: '2014-05-25', cents: 7 },
      xlsxSubtotal('Summe Ausgaben', 2),
    ];
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const sheet: XlsxSheet<Booking> = {
      name: 'Belegliste',
      columns: bookingColumns,
      rows,
      preamble: {
        title: '=Titel',
        fields: [
          { label: 'Bewilligt', value: 4_831_600, type: 'cents' },
          { label: 'Bescheid vom', value: '2014-03-01', type: 'date' },
        ],
      },
    };
    await writeXlsx(out, [sheet as XlsxSheet<unknown>]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet('Belegliste')!;

    expect(ws.getCell('A1').value).toBe("'=Titel");
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('Bewilligt');
    expect(ws.getCell('B2').value).toBe(48_316);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00 "€"');
    expect(ws.getCell('B3').value).toEqual(new Date('2014-03-01T00:00:00Z'));
    expect(ws.getCell('B3').numFmt).toBe('dd.mm.yyyy');
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual(['Gruppe', 'Datum', 'Betrag']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.autoFilter).toBe('A5:C5');

    const row = (label: string) => {
      for (let r = 6; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === label) return ws.getRow(r);
      throw new Error(`no row ${label}`);
    };
    expect(row('Zuwendung').getCell(1).font?.bold).toBe(true);
    expect(ws.getCell('B8').value).toEqual(new Date('2014-01-01T00:00:00Z'));
    expect(row('Summe Zuwendung').getCell(3).value).toEqual({ formula: 'SUM(C8:C9)', result: 0.3 });
    expect(row('Summe Zuwendung').getCell(3).numFmt).toBe('#,##0.00 "€"');
    expect(row('Summe Eigenanteil').getCell(3).value).toBe(0);
    const income = row('Summe Einnahmen').getCell(3).value as { formula: string; result: number };
    expect(income).toEqual({
      formula: `SUM(C${row('Summe Zuwendung').number},C${row('Summe Eigenanteil').number})`,
      result: 0.3,
    });
    expect(row('Summe 2').getCell(3).value).toMatchObject({ result: -0.01 });
    // The last group has no subtotal of its own: its rows go into the section's sum directly.
    const s1 = row('Summe 1').number;
    const s2 = row('Summe 2').number;
    expect(row('Summe Ausgaben').getCell(3).value).toEqual({ formula: `SUM(C${s1},C${s2},C${s2 + 1})`, result: 0.07 });
  });

  it('refuses subtotal levels it cannot nest', () => {
    expect(() => xlsxSubtotal('x', 0)).toThrow(RangeError);
    expect(() => xlsxSubtotal('x', 4)).toThrow(RangeError);
  });
});
