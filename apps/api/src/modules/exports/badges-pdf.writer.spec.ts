import type { PdfFonts } from '#api/platform/export/pdf-fonts.util';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { writtenBytes } from '#api/platform/export/written-bytes.util';
import type { EventEntity } from '#api/modules/events/event.entity';
import { writeBadgesPdf } from './badges-pdf.writer';
import type { ExportRegistration } from './exports.repository';

const event = {
  title: { de: 'Interkulturelle Schulung der Rettungsdienste' },
  startsAt: new Date('2014-05-22T07:00:00Z'),
} as EventEntity;

async function* people(n: number): AsyncGenerator<ExportRegistration> {
  const names = [
    ['Şükrü', 'Çelik'],
    ['فاطمة', 'الزهراء'],
    ['李', '小龙'],
    ['Maximilian-Alexander', 'von Hohenzollern-Sigmaringen-Württemberg'],
  ];
  for (let i = 0; i < n; i++) {
    const [firstName, lastName] = names[i % names.length];
    yield {
      firstName,
      lastName,
      organisationName: 'Kreis Offenbach – Fachdienst Rettungsdienst und Katastrophenschutz',
      bookings: [],
    } as unknown as ExportRegistration;
  }
}

async function render(fonts: PdfFonts, n: number): Promise<string> {
  return (await writtenBytes((out) => writeBadgesPdf(out, event, people(n), fonts))).toString('latin1');
}

describe('name badges', () => {
  it('puts eight badges on a page', async () => {
    const pdf = await render(pdfFonts(), 9);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(2);
  });

  it('does not fail on scripts Helvetica cannot show', async () => {
    const pdf = await render({ unicode: false, regular: 'Helvetica', bold: 'Helvetica-Bold' }, 4);
    expect(pdf).toContain('/Helvetica-Bold');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
