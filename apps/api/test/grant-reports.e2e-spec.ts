import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { INCOME_SOURCES, type IncomeSource, type Receipt } from '@wir/shared';
import {
  GrantReportsRepository,
  type ListedReceipt,
  type ReceiptGroupKey,
} from '#api/modules/grant-reports/grant-reports.repository';
import { ReceiptEntity } from '#api/modules/grants/receipt.entity';
import { WIR_LINES, wirGrant, type GrantFixture } from './support/grant-fixtures';
import { berlinToday, centsOfGermanAmount, downloadFile, parseCsv, pdfPages } from './support/report-files';
import { startTestApp, type Client, type TestApp } from './support/test-app';

const HEADER = [
  'Bereich',
  'Gruppe',
  'Datum',
  'Belegnummer',
  'Zahlungsempfänger/Einzahler',
  'Zweck',
  'Betrag',
  'Sachlich richtig',
  'Sachlich richtig am',
  'Rechnerisch richtig',
  'Rechnerisch richtig am',
  'Storno zu',
];
const col = (name: string) => HEADER.indexOf(name);
const SOURCE_LABELS: Record<IncomeSource, string> = {
  grant: 'Zuwendung',
  own_share: 'Eigenanteil',
  third_party: 'Drittmittel',
};
const LINE_LABELS = WIR_LINES.map((l) => `${l.code} ${l.name}`);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EURO_FORMAT = '#,##0.00 "€"';
const url = (grantId: number, file: string) => `/api/grants/${grantId}/reports/${file}`;
const FILES = ['proof-of-use.pdf', 'proof-of-use.xlsx', 'receipt-list.csv', 'receipt-list.xlsx'];

/** A receipt to book: expenses name their budget line, income its source. */
type Booking = Pick<Receipt, 'receiptNumber' | 'date' | 'kind' | 'payee' | 'purpose' | 'amountCents'> & {
  budgetLineId?: number;
  incomeSource?: IncomeSource;
};

async function book(
  finance: Client,
  grantId: number,
  b: Booking,
): Promise<{ id: number; receiptNumber: string; date: string; amountCents: number }> {
  const res = await finance.post(`/api/grants/${grantId}/receipts`, b);
  if (res.status !== 201) throw new Error(`receipt ${b.receiptNumber}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function signOff(client: Client, receiptId: number, step: 'factual' | 'arithmetic'): Promise<void> {
  const res = await client.post(`/api/receipts/${receiptId}/sign-off`, { step });
  if (res.status !== 200)
    throw new Error(`sign-off ${step} of ${receiptId}: ${res.status} ${JSON.stringify(res.body)}`);
}

async function reverse(finance: Client, receiptId: number, date: string, reason: string) {
  const res = await finance.post(`/api/receipts/${receiptId}/reverse`, { date, reason });
  if (res.status !== 201) throw new Error(`reversal of ${receiptId}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; receiptNumber: string; amountCents: number; date: string };
}

function csvRows(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(HEADER);
  return rows;
}

async function sheetOf(body: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

type Formula = { formula: string; result: number };
const isFormula = (v: unknown): v is Formula => typeof v === 'object' && v !== null && 'formula' in v;

/** A cell's amount in cents: numbers as they are, our SUM formulas evaluated from the cells they name. */
function cellCents(sheet: ExcelJS.Worksheet, address: string): number {
  const value = sheet.getCell(address).value;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return Math.round(value * 100);
  if (isFormula(value)) return sumFormulaCents(sheet, value.formula);
  throw new Error(`${address} holds no amount: ${JSON.stringify(value)}`);
}

function sumFormulaCents(sheet: ExcelJS.Worksheet, formula: string): number {
  const m = /^SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)$/.exec(formula);
  if (!m) throw new Error(`unexpected formula ${formula}`);
  let total = 0;
  for (const term of m[1].split(',')) {
    const [from, to = from] = term.split(':');
    const letters = /^[A-Z]+/.exec(from)![0];
    for (let r = Number(from.slice(letters.length)); r <= Number(to.slice(letters.length)); r++)
      total += cellCents(sheet, `${letters}${r}`);
  }
  return total;
}

/** A subtotal cell: its formula evaluated and its stored value, which must agree; in cents. */
function subtotalCents(sheet: ExcelJS.Worksheet, address: string): number {
  const value = sheet.getCell(address).value;
  if (typeof value === 'number') return Math.round(value * 100);
  if (!isFormula(value)) throw new Error(`${address} is no subtotal: ${JSON.stringify(value)}`);
  const evaluated = sumFormulaCents(sheet, value.formula);
  expect(Math.round(value.result * 100)).toBe(evaluated);
  return evaluated;
}

function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r));
  return rows;
}

/** The row whose cell in `column` (1-based) is `label`. */
function rowWith(sheet: ExcelJS.Worksheet, label: string, column = 1): ExcelJS.Row {
  const row = rowsOf(sheet).find((r) => r.getCell(column).value === label);
  if (!row) throw new Error(`no row "${label}"`);
  return row;
}

/** German amounts ("1.234,56 €", negative with "-") in order of appearance, in cents. */
function amountsIn(text: string): number[] {
  return [...text.matchAll(/-?\d{1,3}(?:\.\d{3})*,\d{2}\s?€/g)].map((m) => centsOfGermanAmount(m[0]));
}

const squash = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

/** Between two markers of the PDF text (the first after `from`). */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`no text between "${from}" and "${to}"`);
  return text.slice(start + from.length, end);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (dayOfYear: number) => new Date(Date.UTC(2014, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

describe('grant reports: Verwendungsnachweis (figures part) and Belegliste', () => {
  let t: TestApp;
  let finance: Client & { id: number };
  let finance2: Client & { id: number };
  let coordinator: Client;
  let fixture: GrantFixture;
  let grantId: number;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.admin();
    finance = await t.userWithRoles(['finance']);
    finance2 = await t.userWithRoles(['finance']);
    coordinator = await t.userWithRoles(['coordinator']);
    expect((await admin.patch(`/api/users/${finance.id}`, { displayName: 'Erika Sachlich' })).status).toBe(200);
    expect((await admin.patch(`/api/users/${finance2.id}`, { displayName: 'Rainer Rechnerisch' })).status).toBe(200);

    fixture = await wirGrant(finance);
    grantId = fixture.grant.id;
    const amended = await finance.patch(`/api/grants/${grantId}`, {
      awardedCents: 5_000_000,
      amendment: { noticeNumber: 'IV 5-Ä1', noticeDate: '2014-09-01' },
    });
    expect(amended.status).toBe(200);
    const [line1, , line3, , line5] = fixture.lines;
    const expense = (
      receiptNumber: string,
      date: string,
      budgetLineId: number,
      amountCents: number,
      payee: string,
      purpose: string,
    ): Booking => ({
      receiptNumber,
      date,
      kind: 'expense',
      payee,
      purpose,
      amountCents,
      budgetLineId,
    });
    await book(finance, grantId, {
      receiptNumber: 'E-1',
      date: '2014-04-01',
      kind: 'income',
      payee: 'Hessisches Ministerium für Soziales und Integration',
      purpose: 'Erste Rate',
      amountCents: 2_400_000,
      incomeSource: 'grant',
    });
    await book(finance, grantId, {
      receiptNumber: 'E-2',
      date: '2014-02-01',
      kind: 'income',
      payee: 'Kreis Offenbach',
      purpose: 'Eigenmittel',
      amountCents: 500_000,
      incomeSource: 'own_share',
    });
    const b3 = await book(
      finance,
      grantId,
      expense('B-3', '2014-06-30', line1.id, 123_456, '=HYPERLINK("http://x")', 'Honorar'),
    );
    const b1 = await book(finance, grantId, expense('B-1', '2014-01-15', line1.id, 4_831_600, '-5', 'Gehalt Januar'));
    await book(
      finance,
      grantId,
      expense(
        'B-2',
        '2014-05-22',
        line3.id,
        70_000,
        'Rettungsdienstschule; Kreis Offenbach',
        'Schulung „Interkulturell“ "A"',
      ),
    );
    await book(finance, grantId, expense('B-4', '2014-12-31', line5.id, 9_999, '@Büro', 'Papier'));
    await book(finance, grantId, expense('B-5', '2014-01-01', line5.id, 1, 'Post', 'Porto'));
    await signOff(finance, b1.id, 'factual');
    await signOff(finance2, b1.id, 'arithmetic');
    await signOff(finance, b3.id, 'factual');
    await reverse(finance, b1.id, '2014-07-01', 'Falsche Kostenstelle');
  });
  afterAll(() => t.close());

  it('sends the Belegliste as CSV for German Excel: income first, groups in plan order, chronological, flat', async () => {
    const res = await downloadFile(finance, url(grantId, 'receipt-list.csv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Belegliste-WIR-Koordination-Kreis-Offenbach-\d+-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''Belegliste%20WIR-Koordination/,
    );
    const text = res.body.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(HEADER.join(';'));
    expect(text.endsWith('\r\n')).toBe(true);

    const today = berlinToday();
    const [l1, , l3, , l5] = LINE_LABELS;
    expect(csvRows(res.body)).toEqual([
      [
        'Einnahmen',
        'Zuwendung',
        '01.04.2014',
        'E-1',
        'Hessisches Ministerium für Soziales und Integration',
        'Erste Rate',
        '24000,00',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'Einnahmen',
        'Eigenanteil',
        '01.02.2014',
        'E-2',
        'Kreis Offenbach',
        'Eigenmittel',
        '5000,00',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'Ausgaben',
        l1,
        '15.01.2014',
        'B-1',
        "'-5",
        'Gehalt Januar',
        '48316,00',
        'Erika Sachlich',
        today,
        'Rainer Rechnerisch',
        today,
        '',
      ],
      [
        'Ausgaben',
        l1,
        '30.06.2014',
        'B-3',
        '\'=HYPERLINK("http://x")',
        'Honorar',
        '1234,56',
        'Erika Sachlich',
        today,
        '',
        '',
        '',
      ],
      [
        'Ausgaben',
        l1,
        '01.07.2014',
        'B-1-S',
        "'-5",
        'Storno B-1: Falsche Kostenstelle',
        '-48316,00',
        '',
        '',
        '',
        '',
        'B-1',
      ],
      [
        'Ausgaben',
        l3,
        '22.05.2014',
        'B-2',
        'Rettungsdienstschule; Kreis Offenbach',
        'Schulung „Interkulturell“ "A"',
        '700,00',
        '',
        '',
        '',
        '',
        '',
      ],
      ['Ausgaben', l5, '01.01.2014', 'B-5', 'Post', 'Porto', '0,01', '', '', '', '', ''],
      ['Ausgaben', l5, '31.12.2014', 'B-4', "'@Büro", 'Papier', '99,99', '', '', '', '', ''],
    ]);
    // Quoting where a cell holds `;` or `"`; no text cell starts a formula (amounts are numbers: "-48316,00" is one).
    expect(text).toContain('"Rettungsdienstschule; Kreis Offenbach";"Schulung „Interkulturell“ ""A"""');
    for (const row of parseCsv(text).slice(1)) {
      row.forEach((cell, i) => {
        if (i !== col('Betrag')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        else expect(cell).toMatch(/^-?\d+,\d\d$/);
      });
    }
  });

  it('gives an interim report with ?asOf=: only what is dated up to that day, titled Zwischennachweis', async () => {
    const res = await downloadFile(finance, `${url(grantId, 'receipt-list.csv')}?asOf=2014-06-30`);
    expect(res.headers['content-disposition']).toMatch(
      /Belegliste-WIR-Koordination-Kreis-Offenbach-\d+-2014-06-30\.csv/,
    );
    expect(csvRows(res.body).map((r) => r[col('Belegnummer')])).toEqual(['E-1', 'E-2', 'B-1', 'B-3', 'B-2', 'B-5']);
    const pdf = await downloadFile(finance, `${url(grantId, 'proof-of-use.pdf')}?asOf=2014-06-30`);
    expect(pdf.headers['content-disposition']).toMatch(
      /Zwischennachweis-WIR-Koordination-Kreis-Offenbach-\d+-2014-06-30\.pdf/,
    );
    const text = (await pdfPages(pdf.body)).join('\n');
    expect(text).toContain('Zwischennachweis');
    expect(text).toMatch(/Belege bis\s+30\.06\.2014/);
    expect(text).toContain('30.06.2014');
    // Line 1 up to June: B-1 and B-3 (the reversal of 01.07. comes later).
    expect(text).toMatch(/49\.550,56\s*€/);
    expect((await downloadFile(finance, `${url(grantId, 'receipt-list.xlsx')}?asOf=30.06.2014`)).status).toBe(400);
  });

  it('sends the Belegliste as XLSX: grant data on top, real numbers in €, days without zone shift, sums per group and section', async () => {
    const res = await downloadFile(coordinator, url(grantId, 'receipt-list.xlsx'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Belegliste-.*\.xlsx"/);
    const sheet = await sheetOf(res.body, 'Belegliste');

    expect(sheet.getCell('A1').value).toBe('Belegliste');
    expect(rowWith(sheet, 'Zuwendung').getCell(2).value).toBe(fixture.grant.title);
    expect(rowWith(sheet, 'Förderprogramm').getCell(2).value).toBe(fixture.grant.programmeName);
    expect(rowWith(sheet, 'Zuwendungsbescheid').getCell(2).value).toBe(`${fixture.grant.noticeNumber} vom 01.03.2014`);
    expect(rowWith(sheet, 'Änderungsbescheid').getCell(2).value).toBe('IV 5-Ä1 vom 01.09.2014 (letzter)');
    expect(rowWith(sheet, 'Bewilligungszeitraum').getCell(2).value).toBe('01.01.2014 – 31.12.2014');
    const awarded = rowWith(sheet, 'Bewilligte Zuwendung').getCell(2);
    expect(awarded.value).toBe(50_000);
    expect(awarded.numFmt).toBe(EURO_FORMAT);
    expect(rowWith(sheet, 'Ursprünglich bewilligt').getCell(2).value).toBe(48_316);
    expect(rowWith(sheet, 'Finanzierungsart').getCell(2).value).toBe('Fehlbedarfsfinanzierung');

    const header = rowWith(sheet, 'Bereich');
    expect((header.values as unknown[]).slice(1)).toEqual(HEADER);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });

    // What column A (headings, sums) or D (receipt number) shows, top to bottom below the header.
    const outline = rowsOf(sheet)
      .filter((r) => r.number > header.number)
      .map((r) => (r.getCell(col('Belegnummer') + 1).value as string | null) ?? (r.getCell(1).value as string));
    const [l1, l2, l3, l4, l5] = LINE_LABELS;
    expect(outline).toEqual([
      'Einnahmen',
      'Zuwendung',
      'E-1',
      'Summe Zuwendung',
      'Eigenanteil',
      'E-2',
      'Summe Eigenanteil',
      'Drittmittel',
      'Summe Drittmittel',
      'Summe Einnahmen',
      'Ausgaben',
      l1,
      'B-1',
      'B-3',
      'B-1-S',
      `Summe ${l1}`,
      l2,
      `Summe ${l2}`,
      l3,
      'B-2',
      `Summe ${l3}`,
      l4,
      `Summe ${l4}`,
      l5,
      'B-5',
      'B-4',
      `Summe ${l5}`,
      'Summe Ausgaben',
    ]);

    const amount = col('Betrag') + 1;
    const receipt = (nr: string) => rowWith(sheet, nr, col('Belegnummer') + 1);
    const b3 = receipt('B-3');
    expect(b3.getCell(amount).value).toBe(1234.56);
    expect(b3.getCell(amount).numFmt).toBe(EURO_FORMAT);
    expect(b3.getCell(col('Datum') + 1).value).toEqual(new Date('2014-06-30T00:00:00Z'));
    expect(b3.getCell(col('Datum') + 1).numFmt).toBe('dd.mm.yyyy');
    const payee = b3.getCell(col('Zahlungsempfänger/Einzahler') + 1);
    expect(payee.type).toBe(ExcelJS.ValueType.String);
    expect(payee.value).toBe('\'=HYPERLINK("http://x")');
    expect(receipt('B-1').getCell(col('Zahlungsempfänger/Einzahler') + 1).value).toBe("'-5");
    expect(receipt('B-1').getCell(col('Rechnerisch richtig') + 1).value).toBe('Rainer Rechnerisch');
    expect(receipt('B-1').getCell(col('Rechnerisch richtig am') + 1).value).toBeInstanceOf(Date);
    expect(receipt('B-1-S').getCell(amount).value).toBe(-48_316);
    expect(receipt('B-1-S').getCell(col('Storno zu') + 1).value).toBe('B-1');
    expect(receipt('B-4').getCell(col('Datum') + 1).value).toEqual(new Date('2014-12-31T00:00:00Z'));
    expect(receipt('B-5').getCell(col('Datum') + 1).value).toEqual(new Date('2014-01-01T00:00:00Z'));

    const sum = (label: string) =>
      subtotalCents(sheet, `${String.fromCharCode(64 + amount)}${rowWith(sheet, label).number}`);
    expect(sum('Summe Zuwendung')).toBe(2_400_000);
    expect(sum('Summe Drittmittel')).toBe(0);
    expect(sum('Summe Einnahmen')).toBe(2_900_000);
    expect(sum(`Summe ${l1}`)).toBe(123_456);
    expect(sum(`Summe ${l5}`)).toBe(10_000);
    expect(sum('Summe Ausgaben')).toBe(123_456 + 70_000 + 10_000);
    expect(rowWith(sheet, 'Summe Ausgaben').getCell(amount).numFmt).toBe(EURO_FORMAT);
  });

  it('prints the Verwendungsnachweis figures part as PDF: grant data, plan against actual, income, result, place to sign', async () => {
    const res = await downloadFile(coordinator, url(grantId, 'proof-of-use.pdf'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Verwendungsnachweis-WIR-Koordination-.*\.pdf"/,
    );
    const text = squash(await pdfPages(res.body));
    for (const expected of [
      'Verwendungsnachweis',
      'Zahlenmäßiger Nachweis',
      `Zuwendung ${fixture.grant.title}`,
      `Förderprogramm ${fixture.grant.programmeName}`,
      'Zuwendungsgeber Hessisches Ministerium für Soziales und Integration',
      'Zuwendungsempfänger Kreis Offenbach',
      `Zuwendungsbescheid ${fixture.grant.noticeNumber} vom 01.03.2014`,
      'Änderungsbescheid IV 5-Ä1 vom 01.09.2014 (letzter)',
      'Bewilligungszeitraum 01.01.2014 – 31.12.2014',
      'Bewilligte Zuwendung 50.000,00 €',
      'Ursprünglich bewilligt 48.316,00 €',
      'Finanzierungsart Fehlbedarfsfinanzierung',
      'Zuwendungszweck Wegweisende Integrationsansätze realisieren',
      `Erstellt am ${berlinToday()}`,
      'lt. Abrechnung',
      'Summe Ausgaben 48.316,00 € 2.034,56 € -46.281,44 € -95,8 % im Plan',
      'Zuwendung 50.000,00 € 24.000,00 € -26.000,00 € -52,0 %',
      'Eigenanteil 0,00 € 5.000,00 € 5.000,00 € –',
      'Summe Einnahmen 50.000,00 € 29.000,00 €',
      'Differenz (Einnahmen − Ausgaben) 26.965,44 €',
      // Only B-1 is signed off twice; B-3 factually only, the rest not at all.
      '7 Belege sind noch nicht sachlich und rechnerisch richtig gezeichnet',
      'Ort, Datum',
      'Rechtsverbindliche Unterschrift',
    ]) {
      expect(text).toContain(expected);
    }
    const table = between(text, '1. Ausgaben nach Einzelansätzen des Finanzierungsplans', 'Summe Ausgaben');
    // Per line: planned, actual, deviation.
    expect(amountsIn(table)).toEqual([
      2_500_000,
      123_456,
      123_456 - 2_500_000,
      1_000_000,
      0,
      -1_000_000,
      700_000,
      70_000,
      -630_000,
      431_600,
      0,
      -431_600,
      200_000,
      10_000,
      -190_000,
    ]);
    expect(table.match(/im Plan/g)).toHaveLength(5);
  });

  it('sends the Verwendungsnachweis figures part as XLSX with real numbers and sums', async () => {
    const res = await downloadFile(finance, url(grantId, 'proof-of-use.xlsx'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['cache-control']).toBe('no-store');
    const sheet = await sheetOf(res.body, 'Verwendungsnachweis');
    expect(sheet.getCell('A1').value).toBe('Verwendungsnachweis – zahlenmäßiger Nachweis');
    expect(rowWith(sheet, 'Zuwendungsbescheid').getCell(3).value).toBe(`${fixture.grant.noticeNumber} vom 01.03.2014`);
    expect(rowWith(sheet, 'Bewilligte Zuwendung').getCell(3).value).toBe(50_000);

    const first = rowWith(sheet, '1');
    expect((first.values as unknown[]).slice(1, 6)).toEqual([
      '1',
      'Personalkosten WIR-Koordination',
      25_000,
      1234.56,
      -23_765.44,
    ]);
    expect(first.getCell(6).value).toBeCloseTo(-0.951, 10);
    expect(first.getCell(7).value).toBe('im Plan');
    expect(first.getCell(3).numFmt).toBe(EURO_FORMAT);
    expect(first.getCell(6).numFmt).toBe('0.0 %');
    const total = rowWith(sheet, 'Summe Ausgaben', 2);
    expect(subtotalCents(sheet, `C${total.number}`)).toBe(4_831_600);
    expect(subtotalCents(sheet, `D${total.number}`)).toBe(203_456);
    expect(subtotalCents(sheet, `E${total.number}`)).toBe(203_456 - 4_831_600);
    expect(total.getCell(7).value).toBe('im Plan');
    const income = rowWith(sheet, 'Summe Einnahmen', 2);
    expect(subtotalCents(sheet, `C${income.number}`)).toBe(5_000_000);
    expect(subtotalCents(sheet, `D${income.number}`)).toBe(2_900_000);
    expect(rowWith(sheet, 'Eigenanteil', 2).getCell(6).value).toBe('–');
    expect(rowWith(sheet, 'Zurückzuzahlen', 2).getCell(4).value).toBe(0);
    expect(rowsOf(sheet).some((r) => String(r.getCell(1).value).startsWith('Es wird bestätigt'))).toBe(true);
    expect(rowWith(sheet, 'Ort, Datum').getCell(4).value).toBe('Rechtsverbindliche Unterschrift');
  });

  it('prints each ANBest-P rule status in German, and the festbetrag exception', async () => {
    const cases: {
      over: Record<string, unknown>;
      actual: number[];
      statuses: string[];
      total: string;
      note?: string;
      financing: string;
    }[] = [
      {
        over: {},
        // line 1: +16 % offset by savings; line 3: +28.6 %; the total holds.
        actual: [2_900_000, 0, 900_000, 0, 0],
        statuses: ['Überschreitung ≤ 20 %, ausgeglichen', 'im Plan', 'Zustimmung erforderlich', 'im Plan', 'im Plan'],
        total: 'im Plan',
        note: 'vorherige Zustimmung des Zuwendungsgebers',
        financing: 'Fehlbedarfsfinanzierung',
      },
      {
        over: { financingType: 'anteil', sharePercent: 80 },
        actual: [5_000_000, 0, 0, 0, 0],
        statuses: ['Gesamtansatz überschritten', 'im Plan', 'im Plan', 'im Plan', 'im Plan'],
        total: 'Gesamtansatz überschritten',
        note: 'Der Gesamtansatz des Finanzierungsplans ist überschritten',
        financing: 'Anteilfinanzierung (80 %)',
      },
      {
        over: { financingType: 'festbetrag' },
        actual: [5_000_000, 0, 0, 0, 0],
        statuses: ['im Plan', 'im Plan', 'im Plan', 'im Plan', 'im Plan'],
        total: 'im Plan',
        note: 'Festbetragsfinanzierung: Die Einzelansätze sind nicht verbindlich',
        financing: 'Festbetragsfinanzierung',
      },
    ];
    for (const c of cases) {
      const { grant, lines } = await wirGrant(finance, c.over);
      for (const [i, cents] of c.actual.entries()) {
        if (cents > 0)
          await book(finance, grant.id, {
            receiptNumber: `S-${i}`,
            date: '2014-06-01',
            kind: 'expense',
            payee: 'x',
            purpose: 'x',
            amountCents: cents,
            budgetLineId: lines[i].id,
          });
      }
      const pdf = squash(await pdfPages((await downloadFile(finance, url(grant.id, 'proof-of-use.pdf'))).body));
      const table = between(pdf, '1. Ausgaben nach Einzelansätzen des Finanzierungsplans', 'Summe Ausgaben');
      const printed = [
        ...table.matchAll(
          /im Plan|Überschreitung ≤ 20 %, ausgeglichen|Zustimmung erforderlich|Gesamtansatz überschritten/g,
        ),
      ].map((m) => m[0]);
      expect(printed).toEqual(c.statuses);
      expect(between(pdf, 'Summe Ausgaben', '2. Einnahmen')).toContain(c.total);
      expect(pdf).toContain(`Finanzierungsart ${c.financing}`);
      if (c.note) expect(pdf).toContain(c.note);

      const sheet = await sheetOf(
        (await downloadFile(finance, url(grant.id, 'proof-of-use.xlsx'))).body,
        'Verwendungsnachweis',
      );
      expect(lines.map((l) => rowWith(sheet, l.code).getCell(7).value)).toEqual(c.statuses);
      expect(rowWith(sheet, 'Summe Ausgaben', 2).getCell(7).value).toBe(c.total);
    }
  });

  it('lets finance and coordinators (and admins) read, refuses others (401, 403) and unknown grants (404)', async () => {
    const checkin = await t.userWithRoles(['checkin']);
    const admin = await t.admin();
    for (const file of FILES) {
      const path = url(grantId, file);
      const anonymous = await t.http.get(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await checkin.get(path)).status).toBe(403);
      for (const reader of [finance, coordinator, admin]) {
        const ok = await downloadFile(reader, path);
        expect(ok.status).toBe(200);
        expect(ok.headers['cache-control']).toBe('no-store');
      }
      const unknown = await coordinator.get(url(999_999, file));
      expect(unknown.status).toBe(404);
      expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(unknown.headers['content-disposition']).toBeUndefined();
      expect(unknown.body.detail).toBe('Grant 999999 does not exist.');
      expect((await coordinator.get(`/api/grants/abc/reports/${file}`)).status).toBe(400);
    }
  });

  it('reads a group in keyset pages that neither skip nor repeat a receipt, same-day receipts included', async () => {
    const { grant, lines } = await wirGrant(finance);
    // Rows straight into the table: many on the same days, in an order unlike their dates.
    const receipts = t.app.get(DataSource).getRepository(ReceiptEntity);
    const rows = Array.from({ length: 47 }, (_, i) => ({
      grantId: grant.id,
      receiptNumber: `K-${i}`,
      date: isoDay((i * 7) % 5),
      kind: (i % 4 === 3 ? 'income' : 'expense') as 'income' | 'expense',
      payee: 'x',
      purpose: 'x',
      amountCents: i + 1,
      budgetLineId: i % 4 === 3 ? null : lines[i % 2].id,
      incomeSource: (i % 4 === 3 ? 'third_party' : null) as IncomeSource | null,
      createdBy: finance.id,
      createdAt: new Date(),
    }));
    const saved = await receipts.save(rows.map((r) => receipts.create(r)));
    const repository = t.app.get(GrantReportsRepository);
    const read = async (key: ReceiptGroupKey, pageSize: number) => {
      const pages: ListedReceipt[][] = [];
      for await (const page of repository.receiptPages(grant.id, key, null, pageSize)) pages.push(page);
      return pages;
    };
    for (const key of [
      { kind: 'expense', budgetLineId: lines[0].id },
      { kind: 'income', incomeSource: 'third_party' },
    ] as ReceiptGroupKey[]) {
      const expected = saved
        .filter((r) =>
          key.kind === 'expense' ? r.budgetLineId === key.budgetLineId : r.incomeSource === key.incomeSource,
        )
        .sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1))
        .map((r) => [r.receiptNumber, r.date, r.amountCents]);
      for (const pageSize of [1, 4, 5, 1000]) {
        const pages = await read(key, pageSize);
        expect(pages.every((p) => p.length <= pageSize)).toBe(true);
        expect(pages.flat().map((r) => [r.receiptNumber, r.date, r.amountCents])).toEqual(expected);
      }
    }
    expect(await read({ kind: 'income', incomeSource: 'grant' }, 5)).toEqual([]);
  });

  it('loses not a cent: totals read back from CSV, XLSX and PDF equal the sum of many random receipts', async () => {
    const seed = Number(process.env.GRANT_REPORTS_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = mulberry32(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const payees = [
      'Rettungsdienstschule Kreis Offenbach',
      '=SUM(A1:A9)',
      '+49 6074 8180',
      '-5',
      '@Büro',
      'Müller & Söhne; "GmbH"',
      'Şükrü Çelik',
      'فاطمة الزهراء',
    ];
    const { grant, lines } = await wirGrant(finance);
    const groupOf = (b: { kind: string; budgetLineId?: number; incomeSource?: IncomeSource }) =>
      b.kind === 'income'
        ? SOURCE_LABELS[b.incomeSource!]
        : LINE_LABELS[lines.findIndex((l) => l.id === b.budgetLineId)];
    const expected = new Map<string, number>();
    const byGroup = new Map<string, number>();
    const add = (receiptNumber: string, group: string, cents: number) => {
      expected.set(receiptNumber, cents);
      byGroup.set(group, (byGroup.get(group) ?? 0) + cents);
    };

    try {
      const count = 150 + Math.floor(random() * 151);
      const booked: { id: number; receiptNumber: string; date: string; amountCents: number; group: string }[] = [];
      for (let i = 0; i < count; i++) {
        const kind = random() < 0.7 ? 'expense' : 'income';
        const b: Booking = {
          receiptNumber: `P-${i}`,
          date: isoDay(Math.floor(random() * 365)),
          kind,
          payee: pick(payees),
          purpose: `Zufallsbeleg ${i}`,
          amountCents: 1 + Math.floor(random() * 100_000_000),
          ...(kind === 'expense' ? { budgetLineId: pick(lines).id } : { incomeSource: pick(INCOME_SOURCES) }),
        };
        const r = await book(finance, grant.id, b);
        booked.push({ ...r, group: groupOf(b) });
        add(b.receiptNumber, groupOf(b), b.amountCents);
      }
      let reversals = 0;
      for (const r of booked) {
        if (random() >= 0.3) continue;
        await signOff(finance, r.id, 'factual');
        if (random() < 0.5) await signOff(finance2, r.id, 'arithmetic');
        if (random() < 0.4) {
          const day = Math.min(
            364,
            Math.round((Date.parse(`${r.date}T00:00:00Z`) - Date.UTC(2014, 0, 1)) / 86_400_000) +
              Math.floor(random() * 30),
          );
          const s = await reverse(finance, r.id, isoDay(day), 'Zufallsstorno');
          expect(s.amountCents).toBe(-r.amountCents);
          add(s.receiptNumber, r.group, s.amountCents);
          reversals++;
        }
      }
      expect(reversals).toBeGreaterThan(0);
      const sumOf = (groups: string[]) => groups.reduce((s, g) => s + (byGroup.get(g) ?? 0), 0);
      const incomeTotal = sumOf(Object.values(SOURCE_LABELS));
      const expenseTotal = sumOf(LINE_LABELS);

      // CSV: every receipt once with its exact amount; groups chronological.
      const rows = csvRows((await downloadFile(finance, url(grant.id, 'receipt-list.csv'))).body);
      expect(rows).toHaveLength(expected.size);
      const fromCsv = new Map(rows.map((r) => [r[col('Belegnummer')], centsOfGermanAmount(r[col('Betrag')])]));
      expect(fromCsv).toEqual(expected);
      const csvGroups = new Map<string, number>();
      let previous: string[] | undefined;
      for (const r of rows) {
        csvGroups.set(r[col('Gruppe')], (csvGroups.get(r[col('Gruppe')]) ?? 0) + centsOfGermanAmount(r[col('Betrag')]));
        if (previous && previous[col('Gruppe')] === r[col('Gruppe')]) {
          const day = (x: string[]) => x[col('Datum')].split('.').reverse().join('-');
          expect(day(r) >= day(previous)).toBe(true);
        }
        previous = r;
      }
      for (const [group, cents] of byGroup) expect([group, csvGroups.get(group)]).toEqual([group, cents]);

      // XLSX: the same amounts as numbers; every subtotal's formula and value equal the sum.
      const sheet = await sheetOf((await downloadFile(finance, url(grant.id, 'receipt-list.xlsx'))).body, 'Belegliste');
      const header = rowWith(sheet, 'Bereich');
      const amountColumn = String.fromCharCode(65 + col('Betrag'));
      const fromXlsx = new Map<string, number>();
      for (const r of rowsOf(sheet).filter((x) => x.number > header.number)) {
        const nr = r.getCell(col('Belegnummer') + 1).value;
        if (typeof nr === 'string') fromXlsx.set(nr, cellCents(sheet, `${amountColumn}${r.number}`));
      }
      expect(fromXlsx).toEqual(expected);
      for (const group of [...Object.values(SOURCE_LABELS), ...LINE_LABELS]) {
        expect([group, subtotalCents(sheet, `${amountColumn}${rowWith(sheet, `Summe ${group}`).number}`)]).toEqual([
          group,
          byGroup.get(group) ?? 0,
        ]);
      }
      expect(subtotalCents(sheet, `${amountColumn}${rowWith(sheet, 'Summe Einnahmen').number}`)).toBe(incomeTotal);
      expect(subtotalCents(sheet, `${amountColumn}${rowWith(sheet, 'Summe Ausgaben').number}`)).toBe(expenseTotal);

      // PDF: actual per line, per income source and in total.
      const pdf = squash(await pdfPages((await downloadFile(finance, url(grant.id, 'proof-of-use.pdf'))).body));
      const perLine = amountsIn(
        between(pdf, '1. Ausgaben nach Einzelansätzen des Finanzierungsplans', 'Summe Ausgaben'),
      );
      expect(perLine.filter((_, i) => i % 3 === 1)).toEqual(LINE_LABELS.map((l) => byGroup.get(l) ?? 0));
      expect(amountsIn(between(pdf, 'Summe Ausgaben', '2. Einnahmen'))[1]).toBe(expenseTotal);
      const income = amountsIn(between(pdf, '2. Einnahmen', 'Summe Einnahmen'));
      expect(income.filter((_, i) => i % 3 === 1)).toEqual(
        Object.values(SOURCE_LABELS).map((s) => byGroup.get(s) ?? 0),
      );
      expect(amountsIn(between(pdf, 'Summe Einnahmen', '3. Ergebnis'))[1]).toBe(incomeTotal);
      expect(amountsIn(between(pdf, 'Ausgaben lt. Abrechnung', 'Einnahmen lt. Abrechnung'))).toEqual([expenseTotal]);
    } catch (error) {
      throw new Error(`not-a-cent-lost failed with GRANT_REPORTS_SEED=${seed}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }, 240_000);
});
