import { cleanFileName, contentMatchesType, isReceiptFileType, withTypeExtension } from './receipt-file.util';

describe('receipt files', () => {
  it('accepts PDF and images only', () => {
    expect(isReceiptFileType('application/pdf')).toBe(true);
    expect(isReceiptFileType('image/jpeg')).toBe(true);
    expect(isReceiptFileType('text/html')).toBe(false);
  });
  it('checks the first bytes against the declared type', () => {
    expect(contentMatchesType(Buffer.from('%PDF-1.7\n'), 'application/pdf')).toBe(true);
    expect(contentMatchesType(Buffer.from('MZ\x90\x00'), 'application/pdf')).toBe(false);
    expect(contentMatchesType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(contentMatchesType(Buffer.from([0xff]), 'image/jpeg')).toBe(false);
  });
  it('keeps only a plain file name', () => {
    expect(cleanFileName(encodeURIComponent('../../etc/Rechnung März.pdf'), 'application/pdf')).toBe(
      'Rechnung März.pdf',
    );
    expect(cleanFileName('a\u0000b"c.png', 'image/png')).toBe('abc.png');
    expect(cleanFileName(undefined, 'image/png')).toBe('beleg.png');
    expect(cleanFileName('%E0%A4%A', 'application/pdf')).toBe('%E0%A4%A.pdf');
  });
  it('ends the name in the extension of the verified type', () => {
    expect(cleanFileName('rechnung.html', 'application/pdf')).toBe('rechnung.html.pdf');
    expect(cleanFileName('Quittung', 'image/jpeg')).toBe('Quittung.jpg');
    expect(withTypeExtension('FOTO.JPEG', 'image/jpeg')).toBe('FOTO.JPEG');
    expect(withTypeExtension('scan.PDF', 'application/pdf')).toBe('scan.PDF');
    expect(withTypeExtension('scan.pdf', 'image/png')).toBe('scan.pdf.png');
    const long = withTypeExtension('x'.repeat(200), 'image/png');
    expect(long).toHaveLength(200);
    expect(long.endsWith('.png')).toBe(true);
  });
});
