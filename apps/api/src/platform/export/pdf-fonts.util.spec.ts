import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEJAVU_SANS, pdfFonts, pdfSafeText } from './pdf-fonts.util';

describe('PDF fonts', () => {
  it('falls back to Helvetica when the font files are missing', () => {
    const fonts = pdfFonts({ regular: '/nonexistent/DejaVuSans.ttf', bold: '/nonexistent/DejaVuSans-Bold.ttf' });
    expect(fonts).toEqual({ unicode: false, regular: 'Helvetica', bold: 'Helvetica-Bold' });
  });

  it('reads both font files, each into its own slot, when they exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-fonts-'));
    try {
      fs.writeFileSync(path.join(dir, 'regular.ttf'), 'regular glyphs');
      fs.writeFileSync(path.join(dir, 'bold.ttf'), 'bold glyphs');
      const fonts = pdfFonts({ regular: path.join(dir, 'regular.ttf'), bold: path.join(dir, 'bold.ttf') });
      expect(fonts).toEqual({
        unicode: true,
        regular: Buffer.from('regular glyphs'),
        bold: Buffer.from('bold glyphs'),
      });
      // Half a font family is no family: Helvetica.
      expect(pdfFonts({ regular: path.join(dir, 'regular.ttf'), bold: path.join(dir, 'missing.ttf') }).unicode).toBe(
        false,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses DejaVu Sans exactly when it is installed (CI installs fonts-dejavu-core), read once', () => {
    const installed = fs.existsSync(DEJAVU_SANS.regular) && fs.existsSync(DEJAVU_SANS.bold);
    const fonts = pdfFonts(DEJAVU_SANS);
    expect(fonts.unicode).toBe(installed);
    // Byte comparison (toEqual on two 700 kB buffers takes seconds).
    const same = (a: unknown, file: string) => Buffer.isBuffer(a) && a.equals(fs.readFileSync(file));
    expect(
      installed
        ? [same(fonts.regular, DEJAVU_SANS.regular), same(fonts.bold, DEJAVU_SANS.bold)]
        : [fonts.regular, fonts.bold],
    ).toEqual(installed ? [true, true] : ['Helvetica', 'Helvetica-Bold']);
    expect(pdfFonts()).toBe(fonts);
  });

  it('reduces text to what Helvetica can show, without failing on any script', () => {
    const helvetica = { unicode: false };
    expect(pdfSafeText('Jürgen Weiß, „Integrationskonferenz“ – 48.316,00 €', helvetica)).toBe(
      'Jürgen Weiß, „Integrationskonferenz“ – 48.316,00 €',
    );
    expect(pdfSafeText('Şükrü Çelik, Iğdır, İzmir, Kadıköy', helvetica)).toBe('Sükrü Çelik, Igdir, Izmir, Kadiköy');
    expect(pdfSafeText('فاطمة 李', helvetica)).toBe('????? ?');
    expect(pdfSafeText('a\u0000b\tc', helvetica)).toBe('a b c');
    expect(pdfSafeText('فاطمة Şükrü', { unicode: true })).toBe('فاطمة Şükrü');
  });
});
