import { decodeCsvBytes, parseCsv } from './csv-parse.util';

describe('German Excel CSV reading', () => {
  it('reads UTF-8 with BOM, `;`, quotes and CRLF, keeping line numbers past empty lines', () => {
    const text = decodeCsvBytes(
      Buffer.from(
        '\uFEFFName;Notizen\r\n"Ayşe ""A."" Yılmaz";"zwei\r\nZeilen; mit Semikolon"\r\n\r\nBernd;\r\n',
        'utf8',
      ),
    );
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['Name', 'Notizen'] },
      { line: 2, cells: ['Ayşe "A." Yılmaz', 'zwei\r\nZeilen; mit Semikolon'] },
      { line: 5, cells: ['Bernd', ''] },
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x80]); // "Müller;€" in Windows-1252
    expect(parseCsv(decodeCsvBytes(bytes))).toEqual([{ line: 1, cells: ['Müller', '€'] }]);
  });

  it('takes `,` as the delimiter when the header has no `;`', () => {
    expect(parseCsv('a,b\n1,"2,5"')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2,5'] },
    ]);
  });
});
