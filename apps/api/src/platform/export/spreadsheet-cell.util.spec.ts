import { neutraliseFormula, safeCellValue, startsLikeFormula } from './spreadsheet-cell.util';

describe('spreadsheet cells: formula injection (OWASP CSV injection)', () => {
  it.each(['=1+1', '+49 6074 8180', '-2+3', '@SUM(1)', '\t=1', '\r=1', '=HYPERLINK("http://x")'])(
    'prefixes %j with a single quote',
    (text) => {
      expect(startsLikeFormula(text)).toBe(true);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['', 'Şükrü', 'فاطمة', ' =1', "'=1", '1=1', 'Müller-Lüdenscheidt', '\n=1'])('leaves %j as it is', (text) => {
    expect(startsLikeFormula(text)).toBe(false);
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('keeps numbers, dates, booleans and empty cells as they are', () => {
    const date = new Date('2014-05-22T07:00:00Z');
    expect(safeCellValue(-5)).toBe(-5);
    expect(safeCellValue(date)).toBe(date);
    expect(safeCellValue(true)).toBe(true);
    expect(safeCellValue(null)).toBeNull();
    expect(safeCellValue(undefined)).toBeUndefined();
    expect(safeCellValue('-5')).toBe("'-5");
  });
});
