import ExcelJS from 'exceljs';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { writtenBytes } from '#api/platform/export/written-bytes.util';
import { budgetStatus } from '#api/modules/grants/budget-status.util';
import { grantDetail } from './grant-detail.test-fixture';
import { percentText, writeProofOfUsePdf } from './proof-of-use-pdf.writer';
import { writeProofOfUseXlsx } from './proof-of-use-xlsx.writer';

const grant = grantDetail({
  programmeName: 'WIR',
  title: '=WIR 2014',
  noticeNumber: 'IV 5',
  purpose: 'Integration '.repeat(40),
  amendments: [],
});

/** A plan with `n` lines, each 1.000,00 € planned and 900,00 € … spent. */
function input(n: number) {
  const lines = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    code: `${i + 1}`,
    name: `Einzelansatz ${i + 1} mit einem Namen, der in der Spalte umbricht`,
    plannedCents: 100_000,
  }));
  const facts = {
    actualByLine: new Map(lines.map((l) => [l.id, 90_000 + l.id])),
    incomeBySource: { grant: 1, own_share: 2, third_party: 3 },
    expenseByMonth: new Map(),
    drawdownsRequestedCents: 0,
    drawdownsReceivedCents: 0,
    unsignedReceipts: 3,
  };
  return { grant, status: budgetStatus(grant, lines, facts, '2014-12-31'), issuedAt: new Date('2014-12-31T12:00:00Z') };
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('Verwendungsnachweis writers', () => {
  it('writes percentages with one decimal and a dash where the plan is 0', () => {
    expect(percentText(16)).toBe('16,0 %');
    expect(percentText(-95.8)).toBe('-95,8 %');
    expect(percentText(null)).toBe('–');
  });

  it('writes a PDF that grows by pages with the plan, in DejaVu and in the Helvetica fallback', async () => {
    const short = await writtenBytes((out) => writeProofOfUsePdf(out, { ...input(5), fonts: pdfFonts() }));
    expect(short.subarray(0, 5).toString()).toBe('%PDF-');
    expect(short.subarray(-6).toString()).toMatch(/%%EOF/);
    expect(pageCount(short)).toBeGreaterThanOrEqual(1);
    expect(pageCount(short)).toBeLessThanOrEqual(2);
    const long = await writtenBytes((out) => writeProofOfUsePdf(out, { ...input(80), fonts: pdfFonts() }));
    expect(pageCount(long)).toBeGreaterThanOrEqual(pageCount(short) + 2);
    const helvetica = await writtenBytes((out) =>
      writeProofOfUsePdf(out, { ...input(3), fonts: { unicode: false, regular: 'Helvetica', bold: 'Helvetica-Bold' } }),
    );
    expect(helvetica.subarray(0, 5).toString()).toBe('%PDF-');
    expect(helvetica.toString('latin1')).not.toContain('DejaVu');
  });

  it('writes the XLSX with amounts as numbers, sums as formulas with their values, and the place to sign', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writtenBytes((out) => writeProofOfUseXlsx(out, input(3)))) as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.getWorksheet('Verwendungsnachweis')!;
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1));
    const find = (label: string, column = 1) => rows.find((r) => r.getCell(column).value === label)!;
    expect(find('Zuwendung').getCell(3).value).toBe("'=WIR 2014");
    const first = find('1');
    expect(first.getCell(3).value).toBe(1000);
    expect(first.getCell(4).value).toBe(900.01);
    expect(first.getCell(4).numFmt).toBe('#,##0.00 "€"');
    expect(first.getCell(6).numFmt).toBe('0.0 %');
    const total = find('Summe Ausgaben', 2);
    expect(total.getCell(3).value).toEqual({ formula: `SUM(C${first.number}:C${first.number + 2})`, result: 3000 });
    expect(total.getCell(4).value).toEqual({ formula: `SUM(D${first.number}:D${first.number + 2})`, result: 2700.06 });
    expect(find('Summe Einnahmen', 2).getCell(4).value).toMatchObject({ result: 0.06 });
    expect(rows.some((r) => String(r.getCell(1).value).startsWith('• 3 Belege sind noch nicht'))).toBe(true);
    expect(find('Ort, Datum').getCell(4).value).toBe('Rechtsverbindliche Unterschrift');
  });
});
