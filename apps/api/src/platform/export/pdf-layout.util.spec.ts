import PDFDocument from 'pdfkit';
import { fitLine, mm } from './pdf-layout.util';

describe('fitting a line of text', () => {
  const doc = new PDFDocument({ autoFirstPage: false });

  it('keeps the largest size when the text fits, and shrinks it when not', () => {
    expect(mm(25.4)).toBeCloseTo(72);
    expect(fitLine(doc, 'Helvetica-Bold', 'Eva', 200, 24, 10)).toEqual({ size: 24, text: 'Eva' });
    const long = fitLine(doc, 'Helvetica-Bold', 'Maximilian-Alexander', 200, 24, 10);
    expect(long.size).toBeLessThan(24);
    expect(long.size).toBeGreaterThanOrEqual(10);
    doc.font('Helvetica-Bold', long.size);
    expect(doc.widthOfString(long.text)).toBeLessThanOrEqual(200);
  });

  it('cuts with an ellipsis what does not fit even at the smallest size', () => {
    const cut = fitLine(
      doc,
      'Helvetica',
      'Kreis Offenbach – Fachdienst Rettungsdienst und Katastrophenschutz',
      100,
      11,
      7,
    );
    expect(cut.size).toBe(7);
    expect(cut.text.endsWith('…')).toBe(true);
    doc.font('Helvetica', 7);
    expect(doc.widthOfString(cut.text)).toBeLessThanOrEqual(100);
  });
});
