import type { Question } from '@wir/shared';
import type { SpreadsheetColumn } from '#api/platform/export/spreadsheet-column';
import type { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { LANGUAGE_LABELS, ORGANISATION_TYPE_LABELS, REGISTRATION_STATUS_LABELS } from './export-labels.constant';
import type { ExportRegistration } from './exports.repository';

/** A line of the participant list: the registration and its running number. */
export type ParticipantRow = ExportRegistration & { nr: number };

/** "Workshop 1 (bestätigt), Workshop 2 (Warteliste)" in the workshops' order; places given up are left out. */
export function workshopSummary(row: ExportRegistration, workshops: WorkshopEntity[]): string {
  const live = row.status === 'cancelled' ? row.bookings : row.bookings.filter((b) => b.status !== 'cancelled');
  return workshops
    .flatMap((w) =>
      live.filter((b) => b.workshopId === w.id).map((b) => `${w.title.de} (${REGISTRATION_STATUS_LABELS[b.status]})`),
    )
    .join(', ');
}

/** A custom question's answer as German text: yes/no as ja/nein, a choice by its German label. */
export function answerText(question: Question, answer: string | boolean | undefined): string {
  if (answer === undefined || answer === '') return '';
  if (typeof answer === 'boolean') return answer ? 'ja' : 'nein';
  if (question.kind === 'choice') return question.options?.find((o) => o.value === answer)?.label.de ?? answer;
  return answer;
}

/** The columns of the participant list (CSV and XLSX): fixed ones, then one per custom question. */
export function participantColumns(
  questions: Question[],
  workshops: WorkshopEntity[],
): SpreadsheetColumn<ParticipantRow>[] {
  return [
    { header: 'Nr.', value: (r) => r.nr, type: 'integer', width: 6 },
    { header: 'Nachname', value: (r) => r.lastName, width: 20 },
    { header: 'Vorname', value: (r) => r.firstName, width: 18 },
    { header: 'E-Mail', value: (r) => r.email, width: 30 },
    { header: 'Organisation', value: (r) => r.organisationName, width: 30 },
    {
      header: 'Organisationsart',
      value: (r) => ORGANISATION_TYPE_LABELS[r.organisationType] ?? r.organisationType,
      width: 28,
    },
    { header: 'Kommune', value: (r) => r.municipalityName ?? '', width: 20 },
    { header: 'Status', value: (r) => REGISTRATION_STATUS_LABELS[r.status], width: 12 },
    { header: 'Workshops', value: (r) => workshopSummary(r, workshops), width: 40 },
    { header: 'Sprache', value: (r) => LANGUAGE_LABELS[r.language] ?? r.language, width: 10 },
    { header: 'Dolmetschen', value: (r) => r.interpretingLanguage, width: 14 },
    { header: 'Barrierefreiheit', value: (r) => r.accessibilityNeeds, width: 30 },
    { header: 'Angemeldet am', value: (r) => r.createdAt, type: 'datetime', width: 17 },
    { header: 'Eingecheckt am', value: (r) => r.checkedInAt, type: 'datetime', width: 17 },
    ...questions.map((q): SpreadsheetColumn<ParticipantRow> => ({
      header: q.label.de,
      value: (r) => answerText(q, r.answers?.[q.key]),
      width: 25,
    })),
  ];
}
