import type { Contact } from '@wir/shared';
import type { SpreadsheetColumn } from '#api/platform/export/spreadsheet-column';

/** A contact as exported: names of its organisation and municipality instead of ids. */
export type ContactExportRow = Contact & { organisationName: string; municipalityName: string };

const LEGAL_BASIS_LABEL = { consent: 'Einwilligung', public_office: 'Öffentliches Amt' } as const;

/**
 * Export columns; the first twelve are also the import's columns (same German headers), so an
 * exported file can be edited in Excel and imported again.
 */
export const CONTACT_EXPORT_COLUMNS: SpreadsheetColumn<ContactExportRow>[] = [
  { header: 'Name', value: (c) => c.name, width: 28 },
  { header: 'E-Mail', value: (c) => c.email ?? '', width: 30 },
  { header: 'Telefon', value: (c) => c.phone, width: 18 },
  { header: 'Funktion', value: (c) => c.functionTitle, width: 28 },
  { header: 'Organisation', value: (c) => c.organisationName, width: 30 },
  { header: 'Kommune', value: (c) => c.municipalityName, width: 20 },
  { header: 'Sprachen', value: (c) => c.languages.join(', '), width: 14 },
  { header: 'Bevorzugte Sprache', value: (c) => c.preferredLanguage, width: 10 },
  { header: 'Notizen', value: (c) => c.notes, width: 40 },
  { header: 'Rechtsgrundlage', value: (c) => LEGAL_BASIS_LABEL[c.legalBasis], width: 18 },
  { header: 'Einwilligung am', value: (c) => c.consentGivenOn, type: 'date', width: 14 },
  { header: 'Schlagworte', value: (c) => c.tags.join(', '), width: 24 },
  { header: 'Letzte Aktivität', value: (c) => new Date(c.lastActivityAt), type: 'datetime', width: 18 },
  { header: 'Prüfung fällig', value: (c) => c.reviewDue, width: 10 },
  { header: 'ID', value: (c) => c.id, type: 'integer', width: 8 },
];
