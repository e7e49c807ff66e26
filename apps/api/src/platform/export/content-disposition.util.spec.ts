import { asciiFileName, attachmentDisposition } from './content-disposition.util';

describe('Content-Disposition for downloads', () => {
  it('makes an ASCII fallback name', () => {
    expect(asciiFileName('Teilnehmerliste Integrationskonferenz Rödermark 2014-05-22.csv')).toBe(
      'Teilnehmerliste-Integrationskonferenz-Roedermark-2014-05-22.csv',
    );
    expect(asciiFileName('Weiß Şükrü Çelik.pdf')).toBe('Weiss-Suekrue-Celik.pdf');
    expect(asciiFileName('مؤتمر.pdf')).toBe('pdf');
    expect(asciiFileName('مؤتمر')).toBe('download');
  });

  it('sends the exact UTF-8 name as filename* (RFC 5987) and strips what could break the header', () => {
    expect(attachmentDisposition('Namensschilder Müller (2014).pdf')).toBe(
      `attachment; filename="Namensschilder-Mueller-2014.pdf"; filename*=UTF-8''Namensschilder%20M%C3%BCller%20%282014%29.pdf`,
    );
    const header = attachmentDisposition('a"b\\c/d\r\ne.csv');
    expect(header).toBe(`attachment; filename="abcde.csv"; filename*=UTF-8''abcde.csv`);
  });
});
