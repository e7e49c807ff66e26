import { PassThrough } from 'node:stream';
import { csvField, germanCsvCell, writeGermanCsv, writeGermanCsvPages } from './german-csv.util';
import type { SpreadsheetColumn } from './spreadsheet-column';
import { writtenBytes } from './written-bytes.util';

type Receipt = { date: Date; payee: string; amountCents: number; count: number; share: number; signed: boolean };

const columns: SpreadsheetColumn<Receipt>[] = [
  { header: 'Datum', value: (r) => r.date, type: 'date' },
  { header: 'Empfänger', value: (r) => r.payee },
  { header: 'Betrag', value: (r) => r.amountCents, type: 'cents' },
  { header: 'Anzahl', value: (r) => r.count, type: 'integer' },
  { header: 'Anteil', value: (r) => r.share, type: 'decimal' },
  { header: 'Geprüft', value: (r) => r.signed },
];

async function csvOf(rows: Receipt[], options = {}): Promise<Buffer> {
  return writtenBytes((out) => writeGermanCsv(rows, columns, out, options));
}

describe('German CSV', () => {
  it('writes cells the way German Excel reads them', () => {
    expect(germanCsvCell(new Date('2014-05-22T07:30:00Z'), 'date')).toBe('22.05.2014');
    expect(germanCsvCell(new Date('2014-05-22T07:30:00Z'), 'datetime')).toBe('22.05.2014 09:30');
    expect(germanCsvCell(123456, 'cents')).toBe('1.234,56');
    expect(germanCsvCell(123456, 'cents', { numberGrouping: false })).toBe('1234,56');
    expect(germanCsvCell(-123456, 'cents')).toBe('-1.234,56');
    expect(germanCsvCell(1234, 'integer')).toBe('1234');
    expect(germanCsvCell(0.5, 'decimal')).toBe('0,50');
    expect(germanCsvCell(true)).toBe('ja');
    expect(germanCsvCell(null)).toBe('');
    expect(germanCsvCell('=1+1')).toBe("'=1+1");
    expect(germanCsvCell('2014-01-01', 'date')).toBe('01.01.2014');
    expect(germanCsvCell('2014-01-01')).toBe('2014-01-01');
    expect(germanCsvCell('-2014-01-01', 'date')).toBe("'-2014-01-01");
  });

  it('streams a file with BOM, semicolons, CRLF and quoting, and no cell that starts a formula', async () => {
    const csv = await csvOf([
      {
        date: new Date('2014-05-22T07:30:00Z'),
        payee: '=HYPERLINK("http://x")',
        amountCents: -4_831_600,
        count: 3,
        share: 12.5,
        signed: true,
      },
      {
        date: new Date('2014-12-31T22:59:00Z'),
        payee: 'Rettungsdienstschule; Kreis Offenbach\nHaus 2',
        amountCents: 5,
        count: 1000,
        share: 0,
        signed: false,
      },
    ]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe(
      'Datum;Empfänger;Betrag;Anzahl;Anteil;Geprüft\r\n' +
        '22.05.2014;"\'=HYPERLINK(""http://x"")";-48.316,00;3;12,50;ja\r\n' +
        '31.12.2014;"Rettungsdienstschule; Kreis Offenbach\nHaus 2";0,05;1000;0,00;nein\r\n',
    );
  });

  it('writes only the header for no rows, and takes rows from an async source', async () => {
    expect((await csvOf([])).subarray(3).toString('utf8')).toBe('Datum;Empfänger;Betrag;Anzahl;Anteil;Geprüft\r\n');
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    async function* rows() {
      for (let i = 0; i < 3; i++)
        yield { date: new Date(0), payee: `P${i}`, amountCents: i, count: i, share: i, signed: false };
    }
    await writeGermanCsv(rows(), columns, out);
    expect(Buffer.concat(chunks).toString('utf8').split('\r\n')).toHaveLength(5);
  });

  it('quotes a cell only when it holds the delimiter, a quote or a line break', () => {
    expect(csvField('Kreis Offenbach')).toBe('Kreis Offenbach');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Verein "Nachbarn"')).toBe('"Verein ""Nachbarn"""');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('')).toBe('');
  });

  it('writes the same bytes from pages as from rows, across many chunks', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      date: new Date(i * 3_600_000),
      payee: `Empfänger; Nr. "${i}"`,
      amountCents: i * 101 - 5000,
      count: i,
      share: i / 8,
      signed: i % 2 === 0,
    }));
    const fromRows = await csvOf(many);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    async function* pages() {
      for (let i = 0; i < many.length; i += 7) yield many.slice(i, i + 7);
    }
    await writeGermanCsvPages(pages(), columns, out);
    expect(fromRows.length).toBeGreaterThan(150_000);
    expect(Buffer.concat(chunks).equals(fromRows)).toBe(true);
    expect(chunks.length).toBeGreaterThan(2);
  });

  it('stops with an error when the receiver goes away', async () => {
    function* rows() {
      for (let i = 0; i < 1_000_000; i++)
        yield { date: new Date(0), payee: 'x'.repeat(50), amountCents: i, count: i, share: 0, signed: false };
    }
    const out = new PassThrough({ highWaterMark: 1024 });
    setTimeout(() => out.destroy(), 20);
    await expect(writeGermanCsv(rows(), columns, out)).rejects.toThrow();
  });
});
