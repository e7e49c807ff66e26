import {
  createContactSchema,
  parseGermanDate,
  PUBLIC_LANGUAGES,
  type ContactImportRow,
  type CreateContact,
} from '@wir/shared';
import type { CsvRecord } from './csv-parse.util';

/** At most this many data rows per file (the network has hundreds of contacts). */
export const CONTACT_IMPORT_MAX_ROWS = 2000;

type Field = keyof CreateContact | 'organisation' | 'municipality';
/** Header names (lower case) → field: the export's German headers and the API's field names. */
const HEADERS: Record<string, Field> = {
  name: 'name',
  'e-mail': 'email',
  email: 'email',
  telefon: 'phone',
  phone: 'phone',
  funktion: 'functionTitle',
  functiontitle: 'functionTitle',
  organisation: 'organisation',
  kommune: 'municipality',
  municipality: 'municipality',
  sprachen: 'languages',
  languages: 'languages',
  'bevorzugte sprache': 'preferredLanguage',
  preferredlanguage: 'preferredLanguage',
  notizen: 'notes',
  notes: 'notes',
  rechtsgrundlage: 'legalBasis',
  legalbasis: 'legalBasis',
  'einwilligung am': 'consentGivenOn',
  consentgivenon: 'consentGivenOn',
  schlagworte: 'tags',
  tags: 'tags',
};
/** Export-only columns an edited export may still carry; ignored on import. */
const IGNORED = new Set(['letzte aktivität', 'prüfung fällig', 'id']);

const LEGAL_BASES: Record<string, 'consent' | 'public_office'> = {
  einwilligung: 'consent',
  consent: 'consent',
  'öffentliches amt': 'public_office',
  amt: 'public_office',
  public_office: 'public_office',
};
const LANGUAGE_NAMES: Record<string, string> = { deutsch: 'de', englisch: 'en', türkisch: 'tr', arabisch: 'ar' };

export type ImportLookups = {
  organisations: Map<string, number>;
  municipalities: Map<string, number>;
  /** Existing contacts by lower-case e-mail. */
  contactsByEmail: Map<string, number>;
};

const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Checks each row of an import file and says what is wrong, per field, without writing anything.
 * A row whose e-mail belongs to an existing contact updates that contact; the same e-mail twice in
 * the file is an error on the later row.
 */
export function checkContactImport(
  records: CsvRecord[],
  lookups: ImportLookups,
): { rows: ContactImportRow[]; fileErrors: string[] } {
  const fileErrors: string[] = [];
  const [header, ...data] = records;
  if (!header) return { rows: [], fileErrors: ['The file is empty.'] };
  const fields = header.cells.map((h) => {
    const key = h.trim().toLowerCase();
    if (HEADERS[key]) return HEADERS[key];
    if (!IGNORED.has(key)) fileErrors.push(`Unknown column "${h.trim()}".`);
    return null;
  });
  if (!fields.includes('name')) fileErrors.push('The column "Name" is missing.');
  if (!fields.includes('legalBasis')) fileErrors.push('The column "Rechtsgrundlage" is missing.');
  if (data.length > CONTACT_IMPORT_MAX_ROWS) fileErrors.push(`At most ${CONTACT_IMPORT_MAX_ROWS} rows per file.`);
  if (fileErrors.length > 0) return { rows: [], fileErrors };

  const seenEmails = new Map<string, number>();
  const rows = data.map((record): ContactImportRow => {
    const values: Record<string, string> = {};
    fields.forEach((f, i) => {
      if (f) values[f] = (record.cells[i] ?? '').trim();
    });
    const errors: { field: string; message: string }[] = [];
    if (
      record.cells.length > header.cells.length &&
      record.cells.slice(header.cells.length).some((c) => c.trim() !== '')
    ) {
      errors.push({ field: '(row)', message: 'more cells than columns' });
    }
    const input: Record<string, unknown> = { name: values.name ?? '' };
    if (values.email) input.email = values.email;
    if (values.phone) input.phone = values.phone;
    if (values.functionTitle) input.functionTitle = values.functionTitle;
    if (values.notes) input.notes = values.notes;
    if (values.languages) input.languages = list(values.languages).map((l) => LANGUAGE_NAMES[l.toLowerCase()] ?? l);
    if (values.tags) input.tags = list(values.tags);
    if (values.preferredLanguage) {
      const code = LANGUAGE_NAMES[values.preferredLanguage.toLowerCase()] ?? values.preferredLanguage.toLowerCase();
      input.preferredLanguage = code;
      if (!(PUBLIC_LANGUAGES as readonly string[]).includes(code))
        errors.push({ field: 'preferredLanguage', message: 'one of de, en, tr, ar' });
    }
    const basis = LEGAL_BASES[(values.legalBasis ?? '').toLowerCase()];
    if (basis) input.legalBasis = basis;
    else errors.push({ field: 'legalBasis', message: 'Einwilligung or Öffentliches Amt' });
    if (values.consentGivenOn) {
      const day = parseGermanDate(values.consentGivenOn);
      if (day) input.consentGivenOn = day;
      else errors.push({ field: 'consentGivenOn', message: 'not a date (TT.MM.JJJJ)' });
    }
    if (values.organisation) {
      const id = lookups.organisations.get(values.organisation.toLowerCase());
      if (id) input.organisationId = id;
      else errors.push({ field: 'organisation', message: 'unknown organisation' });
    }
    if (values.municipality) {
      const id = lookups.municipalities.get(values.municipality.toLowerCase());
      if (id) input.municipalityId = id;
      else errors.push({ field: 'municipality', message: 'unknown municipality' });
    }
    const parsed = createContactSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '(row)');
        // A list's or a reference's own message above is enough.
        if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
      }
    }
    const email = parsed.success ? (parsed.data.email ?? null) : null;
    if (email) {
      const earlier = seenEmails.get(email);
      if (earlier !== undefined) errors.push({ field: 'email', message: `the same e-mail as line ${earlier}` });
      else seenEmails.set(email, record.line);
    }
    return {
      line: record.line,
      values,
      errors,
      contact: errors.length === 0 && parsed.success ? parsed.data : null,
      existingContactId: email ? (lookups.contactsByEmail.get(email) ?? null) : null,
    };
  });
  return { rows, fileErrors };
}
