import { Inject, Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type {
  Contact,
  ContactFilter,
  ContactImportPreview,
  ContactImportResult,
  ContactPage,
  ContactPersonExport,
  CreateContact,
  Operation,
  UpdateContact,
} from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import type { PersonalFields } from '#api/platform/audit/personal-fields.util';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError, type FieldError } from '#api/platform/errors/domain.error';
import type { Download } from '#api/platform/export/download';
import { deleteEmlFiles } from '#api/platform/mail/eml-retention.util';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { OperationsService } from '#api/platform/operations/operations.service';
import { writeGermanCsv } from '#api/platform/export/german-csv.util';
import { writeXlsx, type XlsxSheet } from '#api/platform/export/xlsx-stream.util';
import { CONTACT_EXPORT_COLUMNS, type ContactExportRow } from './contact-csv-columns';
import { checkContactImport } from './contact-import.util';
import { ContactEntity } from './contact.entity';
import { ContactError } from './contacts.errors';
import { toContact } from './contact.mapper';
import { ContactSurveysPort } from './contact-surveys.port';
import { ContactsRepository, SURVEY_MAIL_KINDS } from './contacts.repository';
import { decodeCsvBytes, parseCsv } from './csv-parse.util';

/** Refuses the whole file with a 400 naming each bad row and field (or the file). */
function refuseBadImport(preview: ContactImportPreview): void {
  const errors: FieldError[] = [
    ...preview.fileErrors.map((message) => ({ path: 'file', message })),
    ...preview.rows.flatMap((r) => r.errors.map((e) => ({ path: `line ${r.line}.${e.field}`, message: e.message }))),
  ];
  if (errors.length === 0) return;
  const bad = preview.rows.filter((r) => r.errors.length > 0).map((r) => r.line);
  throw new DomainError(
    'validation_failed',
    bad.length > 0
      ? `Nothing was imported: lines ${bad.join(', ')} have errors.`
      : 'Nothing was imported: the file cannot be read.',
    { errors },
  );
}

/** What of a contact names the person, in its audit entries; blanked when the contact is erased. */
const CONTACT_PERSONAL_FIELDS: PersonalFields = {
  name: true,
  email: true,
  phone: true,
  functionTitle: true,
  notes: true,
  languages: true,
  tags: true,
  consentGivenOn: true,
};
const DAY_MS = 86_400_000;
const notFound = (id: number) => new DomainError('not_found', `Contact ${id} does not exist.`);
const emailTaken = (email: string) =>
  new ContactError('contact_email_taken', `A contact with the e-mail ${email} exists already.`, {
    params: { email },
    errors: [{ path: 'email', message: 'belongs to another contact' }],
  });

/**
 * The network's contacts: personal data held on consent (with its date) or a public office.
 * Coordinators and admins. Every change is audited; erasure deletes the row and blanks the personal
 * values in its audit entries. A contact without activity for CONTACT_REVIEW_AFTER_DAYS is flagged
 * for review (computed when read; nothing is deleted automatically, staff decide).
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly surveys: ContactSurveysPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly operations: OperationsService,
  ) {}

  private reviewBefore(now = new Date()): Date {
    return new Date(now.getTime() - this.config.contacts.reviewAfterDays * DAY_MS);
  }

  async page(filter: ContactFilter): Promise<ContactPage> {
    const reviewBefore = this.reviewBefore();
    const [rows, total] = await this.contacts.page(null, filter, reviewBefore);
    return { items: rows.map((c) => toContact(c, reviewBefore)), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(id: number): Promise<Contact> {
    const contact = await this.contacts.findById(null, id);
    if (!contact) throw notFound(id);
    return toContact(contact, this.reviewBefore());
  }

  create(actor: Actor, input: CreateContact): Promise<Contact> {
    return this.tx.run(async (m) => {
      const saved = await this.insert(m, input, new Date());
      const dto = toContact(saved, this.reviewBefore());
      await this.audit.record(m, actor, { action: 'create', entity: 'contact', entityId: saved.id, after: dto });
      return dto;
    });
  }

  /** Staff changing a contact counts as activity. Consent needs its date on the merged record. */
  update(actor: Actor, id: number, changes: UpdateContact): Promise<Contact> {
    return this.tx.run(async (m) => {
      const contact = await this.contacts.findById(m, id);
      if (!contact) throw notFound(id);
      const reviewBefore = this.reviewBefore();
      const before = toContact(contact, reviewBefore);
      const saved = await this.applyChanges(m, contact, changes, new Date());
      const after = toContact(saved, reviewBefore);
      await this.audit.record(m, actor, { action: 'update', entity: 'contact', entityId: id, before, after });
      return after;
    });
  }

  /**
   * Erasure on request (Art. 17 GDPR): the row goes (its tags with it; survey invitations keep
   * their row, unlinked), so do the questionnaire mails to its address (rows and .eml files, erased by the
   * outbox; registration mails to the same address belong to the registration), the
   * audit entries about it keep who did what when but lose the personal values, and the erasure's
   * own entry names only the id.
   */
  async erase(actor: Actor, id: number): Promise<void> {
    const mailFiles = await this.tx.run(async (m) => {
      const contact = await this.contacts.findById(m, id);
      if (!contact) throw notFound(id);
      const mailFiles = contact.email ? await this.outbox.eraseMailsTo(m, contact.email, SURVEY_MAIL_KINDS) : [];
      await this.contacts.delete(m, id);
      await this.audit.blankPersonalData(m, { entities: ['contact'], ids: [id] }, CONTACT_PERSONAL_FIELDS);
      await this.audit.record(m, actor, { action: 'delete', entity: 'contact', entityId: id });
      return mailFiles;
    });
    // After the commit: the mail files (no-SMTP fallback) at once, and no erased value left in SQLite's files.
    await deleteEmlFiles(this.config.dataDir, mailFiles);
    await this.tx.flushErasedData();
  }

  /** Everything held about the person (Art. 15 GDPR), with their survey invitations and answers. */
  personExport(id: number): Promise<ContactPersonExport> {
    // One transaction: a consistent picture of the contact, its place and its history.
    return this.tx.run(async (m) => {
      const contact = await this.contacts.findById(m, id);
      if (!contact) throw notFound(id);
      const { organisation, municipality } = await this.contacts.placeOf(m, contact);
      const history = await this.audit.entriesAbout(m, 'contact', id);
      const surveys = await this.surveys.dataOf(m, id);
      return {
        exportedAt: new Date().toISOString(),
        contact: toContact(contact, this.reviewBefore()),
        organisation,
        municipality,
        history: history.map((e) => ({ at: e.at.toISOString(), action: e.action, after: e.after ?? null })),
        surveys,
      };
    });
  }

  async csv(filter: ContactFilter): Promise<Download> {
    const rows = await this.exportRows(filter);
    return {
      fileName: 'netzwerk-kontakte.csv',
      contentType: 'text/csv; charset=utf-8',
      write: (out: Writable) => writeGermanCsv(rows, CONTACT_EXPORT_COLUMNS, out),
    };
  }

  async xlsx(filter: ContactFilter): Promise<Download> {
    const rows = await this.exportRows(filter);
    const sheet: XlsxSheet<ContactExportRow> = { name: 'Kontakte', columns: CONTACT_EXPORT_COLUMNS, rows };
    return {
      fileName: 'netzwerk-kontakte.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      write: (out: Writable) => writeXlsx(out, [sheet as XlsxSheet<unknown>]),
    };
  }

  /** Reads the file and checks every row; writes nothing. */
  async previewImport(bytes: Buffer | undefined): Promise<ContactImportPreview> {
    return this.checkImport(null, bytes);
  }

  /**
   * All rows or none: any bad row (or a file problem) refuses the whole file with a 400 that names
   * each row and field. A row with the e-mail of an existing contact updates that contact.
   */
  importFile(
    actor: Actor,
    bytes: Buffer | undefined,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ContactImportResult> {
    return this.tx.run(async (m) => {
      const preview = await this.checkImport(m, bytes);
      refuseBadImport(preview);
      const now = new Date();
      const reviewBefore = this.reviewBefore(now);
      let created = 0;
      let updated = 0;
      onProgress?.(0, preview.rows.length);
      for (const row of preview.rows) {
        const input = row.contact!;
        if (row.existingContactId !== null) {
          const contact = (await this.contacts.findById(m, row.existingContactId))!;
          const before = toContact(contact, reviewBefore);
          const saved = await this.applyChanges(m, contact, input, now);
          await this.audit.record(m, actor, {
            action: 'update',
            entity: 'contact',
            entityId: saved.id,
            before,
            after: toContact(saved, reviewBefore),
          });
          updated++;
        } else {
          const saved = await this.insert(m, input, now);
          await this.audit.record(m, actor, {
            action: 'create',
            entity: 'contact',
            entityId: saved.id,
            after: toContact(saved, reviewBefore),
          });
          created++;
        }
        // No turn of the event loop is given away here on purpose. On SQLite every request shares the one
        // connection, and with it this open transaction: a request served in between would read rows that a
        // later failing row rolls back. So on SQLite the import (at most CONTACT_IMPORT_MAX_ROWS rows) holds
        // the process until it is done, and the progress poll sees it at the end; on PostgreSQL every query
        // above yields anyway, and other requests read through their own connections.
        onProgress?.(created + updated, preview.rows.length);
      }
      return { created, updated };
    });
  }

  /**
   * The import as an operation: the file is checked first (a bad file is refused with the same 400 as
   * `importFile`, and no operation is made); then it runs in the background, still all rows or none.
   */
  async startImport(actor: Actor, bytes: Buffer | undefined, fileName?: string): Promise<Operation> {
    refuseBadImport(await this.checkImport(null, bytes));
    return this.operations.start(
      actor,
      { kind: 'contacts_import', subject: fileName ?? null, subjectPath: '/netzwerk' },
      async (ctx) => {
        const result = await this.importFile(actor, bytes, (done, total) => ctx.progress(done, total));
        ctx.summary(result);
      },
    );
  }

  private async checkImport(m: EntityManager | null, bytes: Buffer | undefined): Promise<ContactImportPreview> {
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new DomainError('validation_failed', 'Send the CSV file as the request body (Content-Type: text/csv).', {
        errors: [{ path: 'file', message: 'missing' }],
      });
    }
    const records = parseCsv(decodeCsvBytes(bytes));
    const { organisations, municipalities } = await this.contacts.placeNames(m);
    const emails = records
      .slice(1)
      .flatMap((r) => r.cells)
      .map((c) => c.trim().toLowerCase())
      .filter((c) => c.includes('@'));
    const existing = await this.contacts.findByEmails(m, [...new Set(emails)].slice(0, 5000));
    const { rows, fileErrors } = checkContactImport(records, {
      organisations: new Map(organisations.map((o) => [o.name.toLowerCase(), o.id])),
      municipalities: new Map(municipalities.map((o) => [o.name.toLowerCase(), o.id])),
      contactsByEmail: new Map(existing.map((c) => [c.email!, c.id])),
    });
    const errorCount = rows.filter((r) => r.errors.length > 0).length;
    return { rows, validCount: rows.length - errorCount, errorCount, fileErrors };
  }

  private async exportRows(filter: ContactFilter): Promise<ContactExportRow[]> {
    const reviewBefore = this.reviewBefore();
    const rows = await this.contacts.all(null, filter, reviewBefore);
    const names = await this.contacts.placeNames(null);
    const organisations = new Map(names.organisations.map((o) => [o.id, o.name]));
    const municipalities = new Map(names.municipalities.map((o) => [o.id, o.name]));
    return rows.map((c) => ({
      ...toContact(c, reviewBefore),
      organisationName: c.organisationId ? (organisations.get(c.organisationId) ?? '') : '',
      municipalityName: c.municipalityId ? (municipalities.get(c.municipalityId) ?? '') : '',
    }));
  }

  private async insert(m: EntityManager, input: CreateContact, now: Date): Promise<ContactEntity> {
    const contact = Object.assign(new ContactEntity(), {
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? '',
      functionTitle: input.functionTitle ?? '',
      organisationId: input.organisationId ?? null,
      municipalityId: input.municipalityId ?? null,
      languages: input.languages ?? [],
      preferredLanguage: input.preferredLanguage ?? 'de',
      notes: input.notes ?? '',
      legalBasis: input.legalBasis,
      consentGivenOn: input.legalBasis === 'consent' ? (input.consentGivenOn ?? null) : null,
      tags: input.tags ?? [],
      lastActivityAt: now,
      createdAt: now,
      updatedAt: now,
    } satisfies Omit<ContactEntity, 'id'>);
    await this.checkReferences(m, contact);
    return this.contacts.save(m, contact).catch((e: unknown) => {
      throw isUniqueViolation(e) ? emailTaken(contact.email ?? '') : e;
    });
  }

  private async applyChanges(
    m: EntityManager,
    contact: ContactEntity,
    changes: UpdateContact,
    now: Date,
  ): Promise<ContactEntity> {
    Object.assign(contact, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), {
      lastActivityAt: now,
      updatedAt: now,
    });
    if (contact.legalBasis === 'consent' && !contact.consentGivenOn) {
      throw new DomainError('validation_failed', 'Consent needs the day it was given.', {
        errors: [{ path: 'consentGivenOn', message: 'required when the legal basis is consent' }],
      });
    }
    if (contact.legalBasis === 'public_office') contact.consentGivenOn = null;
    await this.checkReferences(m, contact);
    return this.contacts.save(m, contact).catch((e: unknown) => {
      throw isUniqueViolation(e) ? emailTaken(contact.email ?? '') : e;
    });
  }

  private async checkReferences(m: EntityManager, contact: ContactEntity): Promise<void> {
    const errors: FieldError[] = [];
    const exist = await this.contacts.referencesExist(m, contact);
    if (!exist.organisation) errors.push({ path: 'organisationId', message: 'does not exist' });
    if (!exist.municipality) errors.push({ path: 'municipalityId', message: 'does not exist' });
    if (errors.length > 0) throw new DomainError('validation_failed', 'Unknown references.', { errors });
  }
}
