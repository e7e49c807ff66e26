import { Injectable } from '@nestjs/common';
import type { RegistrationStatus } from '@wir/shared';
import { berlinIsoDate } from '@wir/shared';
import { DomainError } from '#api/platform/errors/domain.error';
import type { Download } from '#api/platform/export/download';
import { writeGermanCsv } from '#api/platform/export/german-csv.util';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { writeXlsx } from '#api/platform/export/xlsx-stream.util';
import type { EventEntity } from '#api/modules/events/event.entity';
import { writeBadgesPdf } from './badges-pdf.writer';
import { writeCertificatesPdf } from './certificates-pdf.writer';
import type { CertificateQuery, ParticipantListQuery } from './export-query.schema';
import { ExportsRepository, type ExportRegistration } from './exports.repository';
import { participantColumns, type ParticipantRow } from './participant-columns';
import { ExportError } from './exports.errors';

const LIVE_STATUSES: readonly RegistrationStatus[] = ['confirmed', 'waitlisted'];

async function* numbered(rows: AsyncIterable<ExportRegistration>): AsyncGenerator<ParticipantRow> {
  let nr = 0;
  for await (const row of rows) yield Object.assign(row, { nr: ++nr });
}

/** The downloads of one event. Everything is checked before the first byte; then rows stream. */
@Injectable()
export class ExportsService {
  constructor(private readonly repository: ExportsRepository) {}

  async participantsCsv(eventId: number, query: ParticipantListQuery): Promise<Download> {
    const { event, rows, columns } = await this.participantList(eventId, query);
    return {
      fileName: `${fileStem('Teilnehmerliste', event)}.csv`,
      contentType: 'text/csv; charset=utf-8',
      write: (out) => writeGermanCsv(rows(), columns, out),
    };
  }

  async participantsXlsx(eventId: number, query: ParticipantListQuery): Promise<Download> {
    const { event, rows, columns } = await this.participantList(eventId, query);
    return {
      fileName: `${fileStem('Teilnehmerliste', event)}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      write: (out) => writeXlsx(out, [{ name: 'Teilnehmende', columns, rows: rows() }]),
    };
  }

  async badgesPdf(eventId: number): Promise<Download> {
    const event = await this.event(eventId);
    const filter = { statuses: ['confirmed'] as const };
    if ((await this.repository.count(eventId, filter)) === 0) {
      throw new ExportError(
        'export_no_confirmed_registrations',
        `Event ${eventId} has no confirmed registrations, so there are no badges to print.`,
      );
    }
    return {
      fileName: `${fileStem('Namensschilder', event)}.pdf`,
      contentType: 'application/pdf',
      write: (out) => writeBadgesPdf(out, event, this.repository.registrations(eventId, filter, 'name'), pdfFonts()),
    };
  }

  async certificatesPdf(eventId: number, query: CertificateQuery): Promise<Download> {
    const event = await this.event(eventId);
    const filter = {
      statuses: ['confirmed', 'waitlisted', 'cancelled'] as const,
      checkedInOnly: true,
      registrationId: query.registrationId,
    };
    if (query.registrationId !== undefined) {
      const registration = await this.repository.findRegistration(eventId, query.registrationId);
      if (!registration || registration.anonymisedAt)
        throw new DomainError('not_found', `Registration ${query.registrationId} of event ${eventId} does not exist.`);
      if (!registration.checkedInAt)
        throw new ExportError(
          'export_not_checked_in',
          `Registration ${query.registrationId} has not been checked in, so there is no certificate.`,
          { params: { registrationId: query.registrationId } },
        );
    } else if ((await this.repository.count(eventId, filter)) === 0) {
      throw new ExportError(
        'export_nobody_checked_in',
        `Nobody has been checked in at event ${eventId} yet, so there are no certificates.`,
      );
    }
    const workshops = await this.repository.workshopsOf(eventId);
    const issuedAt = new Date();
    const name =
      query.registrationId !== undefined
        ? `Teilnahmebescheinigung-${query.registrationId}`
        : 'Teilnahmebescheinigungen';
    return {
      fileName: `${fileStem(name, event)}.pdf`,
      contentType: 'application/pdf',
      write: (out) =>
        writeCertificatesPdf(out, {
          event,
          workshops,
          registrations: this.repository.registrations(eventId, filter, 'name'),
          fonts: pdfFonts(),
          issuedAt,
        }),
    };
  }

  private async participantList(eventId: number, query: ParticipantListQuery) {
    const event = await this.event(eventId);
    const workshops = await this.repository.workshopsOf(eventId);
    const filter = { statuses: query.status ? [query.status] : LIVE_STATUSES };
    return {
      event,
      columns: participantColumns(event.questions ?? [], workshops),
      rows: () => numbered(this.repository.registrations(eventId, filter, 'id')),
    };
  }

  private async event(id: number): Promise<EventEntity> {
    const event = await this.repository.findEvent(id);
    if (!event) throw new DomainError('not_found', `Event ${id} does not exist.`);
    return event;
  }
}

/** "Teilnehmerliste Integrationskonferenz 2014-05-22" (the ASCII fallback is made when sending). */
function fileStem(kind: string, event: EventEntity): string {
  return `${kind} ${event.title.de} ${berlinIsoDate(event.startsAt)}`;
}
