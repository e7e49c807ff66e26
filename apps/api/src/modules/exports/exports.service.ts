import { Injectable } from '@nestjs/common';
import type { Operation, RegistrationStatus, StartParticipantsExport } from '@wir/shared';
import { berlinIsoDate } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { DomainError } from '#api/platform/errors/domain.error';
import type { Download } from '#api/platform/export/download';
import { writeGermanCsv } from '#api/platform/export/german-csv.util';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { writeXlsx } from '#api/platform/export/xlsx-stream.util';
import { OperationsService } from '#api/platform/operations/operations.service';
import type { EventEntity } from '#api/modules/events/event.entity';
import { writeBadgesPdf } from './badges-pdf.writer';
import { writeCertificatesPdf } from './certificates-pdf.writer';
import type { CertificateQuery, ParticipantListQuery } from './export-query.schema';
import { ExportsRepository, type ExportRegistration } from './exports.repository';
import { participantColumns, type ParticipantRow } from './participant-columns';
import { ExportError } from './exports.errors';

const LIVE_STATUSES: readonly RegistrationStatus[] = ['confirmed', 'waitlisted'];

async function* numbered(
  rows: AsyncIterable<ExportRegistration>,
  onRow?: (nr: number) => void,
): AsyncGenerator<ParticipantRow> {
  let nr = 0;
  for await (const row of rows) {
    yield Object.assign(row, { nr: ++nr });
    onRow?.(nr);
  }
}

const CSV_TYPE = 'text/csv; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The downloads of one event. Everything is checked before the first byte; then rows stream. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly repository: ExportsRepository,
    private readonly operations: OperationsService,
  ) {}

  async participantsCsv(eventId: number, query: ParticipantListQuery): Promise<Download> {
    return this.participantsFile(eventId, query, 'csv');
  }

  async participantsXlsx(eventId: number, query: ParticipantListQuery): Promise<Download> {
    return this.participantsFile(eventId, query, 'xlsx');
  }

  /** The participant list (everyone but cancelled) as an operation: progress is rows written of all rows. */
  async startParticipantsExport(actor: Actor, eventId: number, body: StartParticipantsExport): Promise<Operation> {
    const { event, filter } = await this.participantList(eventId, {});
    return this.operations.start(
      actor,
      { kind: 'participants_export', subject: event.title.de, subjectPath: `/veranstaltungen/${eventId}/anmeldungen` },
      async (ctx) => {
        const total = await this.repository.count(eventId, filter);
        ctx.progress(0, total);
        let written = 0;
        const download = await this.participantsFile(eventId, {}, body.format, (nr) => {
          written = nr;
          ctx.progress(nr, Math.max(total, nr));
        });
        await ctx.writeFile(download.fileName, download.contentType, (out) => download.write(out));
        ctx.progress(written, written);
        ctx.summary({ rows: written });
      },
    );
  }

  private async participantsFile(
    eventId: number,
    query: ParticipantListQuery,
    format: 'csv' | 'xlsx',
    onRow?: (nr: number) => void,
  ): Promise<Download> {
    const { event, rows, columns } = await this.participantList(eventId, query, onRow);
    const fileName = `${fileStem('Teilnehmerliste', event)}.${format}`;
    return format === 'csv'
      ? { fileName, contentType: CSV_TYPE, write: (out) => writeGermanCsv(rows(), columns, out) }
      : {
          fileName,
          contentType: XLSX_TYPE,
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

  private async participantList(eventId: number, query: ParticipantListQuery, onRow?: (nr: number) => void) {
    const event = await this.event(eventId);
    const workshops = await this.repository.workshopsOf(eventId);
    const filter = { statuses: query.status ? [query.status] : LIVE_STATUSES };
    return {
      event,
      filter,
      columns: participantColumns(event.questions ?? [], workshops),
      rows: () => numbered(this.repository.registrations(eventId, filter, 'id'), onRow),
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
