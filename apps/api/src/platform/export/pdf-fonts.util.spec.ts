import { DEJAVU_SANS, pdfFonts, pdfSafeText } from './pdf-fonts.util';

describe('PDF fonts', () => {
  it('falls back to Helvetica when the font files are missing', () => {
    const fonts = pdfFonts({ regular: '/nonexistent/DejaVuSans.ttf', bold: '/nonexistent/DejaVuSans-Bold.ttf' });
    expect(fonts).toEqual({ unicode: false, regular: 'Helvetica', bold: 'Helvetica-Bold' });
  });

  it('uses DejaVu Sans where it is installed', () => {
    const fonts = pdfFonts(DEJAVU_SANS);
    if (fonts.unicode) expect(fonts.regular.length).toBeGreaterThan(100_000);
  });

  it('reduces text to what Helvetica can show, without failing on any script', () => {
    const helvetica = { unicode: false };
    expect(pdfSafeText('Jürgen Weiß, „Integrationskonferenz“ – 48.316,00 €', helvetica)).toBe('Jürgen Weiß, „Integrationskonferenz“ – 48.316,00 €');
    expect(pdfSafeText('Şükrü Çelik, Iğdır, İzmir, Kadıköy', helvetica)).toBe('Sükrü Çelik, Igdir, Izmir, Kadiköy');
    expect(pdfSafeText('فاطمة 李', helvetica)).toBe('????? ?');
    expect(pdfSafeText('a\u0000b\tc', helvetica)).toBe('a b c');
    expect(pdfSafeText('فاطمة Şükrü', { unicode: true })).toBe('فاطمة Şükrü');
  });
});
