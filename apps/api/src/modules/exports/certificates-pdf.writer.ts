import type { Writable } from 'node:stream';
import { formatGermanDate, formatGermanTime } from '@wir/shared';
import { PDF_FONT, writePdf } from '#api/platform/export/pdf-document.util';
import { pdfSafeText, type PdfFonts } from '#api/platform/export/pdf-fonts.util';
import { A4, mm, PDF_BRAND } from '#api/platform/export/pdf-layout.util';
import type { EventEntity } from '#api/modules/events/event.entity';
import type { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { CERTIFICATE_ISSUER } from './export-labels.constant';
import type { ExportRegistration } from './exports.repository';

const MARGIN = mm(25);
const TEXT_WIDTH = A4.width - 2 * MARGIN;

/** "am 22.05.2014", or "vom 22.05.2014 bis 23.05.2014" for an event over several days. */
export function eventDays(event: Pick<EventEntity, 'startsAt' | 'endsAt'>): string {
  const from = formatGermanDate(event.startsAt);
  const to = formatGermanDate(event.endsAt);
  return from === to ? `am ${from}` : `vom ${from} bis ${to}`;
}

/** The certificate's sentence: „… hat am 22.05.2014 an der Veranstaltung „Titel“ (Ort) teilgenommen.“ */
export function attendanceSentence(
  name: string,
  event: Pick<EventEntity, 'startsAt' | 'endsAt' | 'venue'> & { title: { de: string } },
): string {
  const venue = event.venue.trim() ? ` (${event.venue.trim()})` : '';
  return `${name} hat ${eventDays(event)} an der Veranstaltung „${event.title.de}“${venue} teilgenommen.`;
}

/** The workshops the person was checked in at (door or room), in the order of the programme; a booked place alone is not enough. */
export function attendedWorkshops<W extends Pick<WorkshopEntity, 'id'>>(
  workshops: W[],
  bookings: ExportRegistration['bookings'],
): W[] {
  return workshops.filter((w) => bookings.some((b) => b.workshopId === w.id && b.checkedInAt !== null));
}

/** Teilnahmebescheinigung: one page per person who was checked in, with the workshops they attended. */
export async function writeCertificatesPdf(
  out: Writable,
  input: {
    event: EventEntity;
    workshops: WorkshopEntity[];
    registrations: AsyncIterable<ExportRegistration>;
    fonts: PdfFonts;
    issuedAt: Date;
  },
): Promise<void> {
  const { event, workshops, fonts } = input;
  const safe = (text: string) => pdfSafeText(text, fonts);
  await writePdf(
    out,
    { title: `Teilnahmebescheinigungen – ${safe(event.title.de)}`, fonts },
    async ({ doc, nextPage }) => {
      for await (const r of input.registrations) {
        await nextPage();
        doc
          .font(PDF_FONT.bold, 11)
          .fillColor(PDF_BRAND)
          .text(CERTIFICATE_ISSUER.name, MARGIN, mm(20), { width: TEXT_WIDTH, align: 'right' });
        doc
          .font(PDF_FONT.regular, 9)
          .fillColor('#555555')
          .text('WIR – Wegweisende Integrationsansätze Realisieren', { width: TEXT_WIDTH, align: 'right' });
        doc
          .save()
          .lineWidth(1)
          .strokeColor(PDF_BRAND)
          .moveTo(MARGIN, mm(34))
          .lineTo(A4.width - MARGIN, mm(34))
          .stroke()
          .restore();

        doc
          .font(PDF_FONT.bold, 28)
          .fillColor('#000000')
          .text('Teilnahmebescheinigung', MARGIN, mm(62), { width: TEXT_WIDTH, align: 'center' });
        const sentence = attendanceSentence(`${r.firstName} ${r.lastName}`, event);
        doc
          .font(PDF_FONT.regular, 14)
          .text(safe(sentence), MARGIN, mm(88), { width: TEXT_WIDTH, align: 'center', lineGap: 6 });

        const attended = attendedWorkshops(workshops, r.bookings);
        if (attended.length > 0) {
          doc.moveDown(2);
          doc
            .font(PDF_FONT.bold, 12)
            .text(attended.length === 1 ? 'Besuchter Workshop:' : 'Besuchte Workshops:', MARGIN, doc.y, {
              width: TEXT_WIDTH,
            });
          doc.moveDown(0.4);
          for (const w of attended) {
            const time = `${formatGermanTime(w.startsAt)}–${formatGermanTime(w.endsAt)} Uhr`;
            doc.font(PDF_FONT.regular, 12).text(`•  ${safe(w.title.de)} (${time})`, MARGIN + mm(4), doc.y, {
              width: TEXT_WIDTH - mm(4),
              lineGap: 2,
            });
          }
        }

        const bottom = mm(240);
        doc
          .font(PDF_FONT.regular, 12)
          .text(`${CERTIFICATE_ISSUER.place}, ${formatGermanDate(input.issuedAt)}`, MARGIN, bottom - mm(14), {
            width: TEXT_WIDTH,
          });
        doc
          .save()
          .lineWidth(0.7)
          .strokeColor('#000000')
          .moveTo(MARGIN, bottom + mm(12))
          .lineTo(MARGIN + mm(75), bottom + mm(12))
          .stroke()
          .restore();
        doc.font(PDF_FONT.regular, 10).text(CERTIFICATE_ISSUER.name, MARGIN, bottom + mm(14), { width: mm(75) });
      }
    },
  );
}
