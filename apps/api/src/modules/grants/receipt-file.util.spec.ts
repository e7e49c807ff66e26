import { cleanFileName, contentMatchesType, isReceiptFileType } from './receipt-file.util';

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
    expect(cleanFileName(encodeURIComponent('../../etc/Rechnung März.pdf'), 'application/pdf')).toBe('Rechnung März.pdf');
    expect(cleanFileName('a\u0000b"c.png', 'image/png')).toBe('abc.png');
    expect(cleanFileName(undefined, 'image/png')).toBe('beleg.png');
    expect(cleanFileName('%E0%A4%A', 'application/pdf')).toBe('%E0%A4%A');
  });
});
