import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SpreadsheetColumn } from './spreadsheet-column';
import { writeXlsx, xlsxCellValue } from './xlsx-stream.util';

type Line = { name: string; plannedCents: number; bookedAt: Date; count: number };

const columns: SpreadsheetColumn<Line>[] = [
  { header: 'Einzelansatz', value: (r) => r.name, width: 30 },
  { header: 'Plan', value: (r) => r.plannedCents, type: 'cents' },
  { header: 'Gebucht am', value: (r) => r.bookedAt, type: 'date' },
  { header: 'Anzahl', value: (r) => r.count, type: 'integer' },
];

async function xlsxOf(rows: Line[]): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeXlsx(out, [{ name: 'Finanzplan', columns, rows }]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('XLSX streaming', () => {
  it('maps values: text neutralised, cents as euros, dates as Berlin wall-clock time', () => {
    expect(xlsxCellValue('@SUM(1)')).toBe("'@SUM(1)");
    expect(xlsxCellValue(4_831_600, 'cents')).toBe(48_316);
    expect(xlsxCellValue(-7, 'integer')).toBe(-7);
    expect((xlsxCellValue(new Date('2014-05-21T22:30:00Z'), 'datetime') as Date).toISOString()).toBe('2014-05-22T00:30:00.000Z');
    expect((xlsxCellValue(new Date('2014-05-21T22:30:00Z'), 'date') as Date).toISOString()).toBe('2014-05-22T00:00:00.000Z');
    expect(xlsxCellValue(undefined)).toBeNull();
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
      for (let i = 0; i < 1_000_000; i++) yield { name: 'x'.repeat(50), plannedCents: i, bookedAt: new Date(0), count: i };
    }
    const out = new PassThrough({ highWaterMark: 1024 });
    setTimeout(() => out.destroy(), 50);
    await expect(writeXlsx(out, [{ name: 'Abbruch', columns, rows: rows() }])).rejects.toThrow();
  });
});
