import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '#api/platform/audit/audit.service';
import type { PersonalFields } from '#api/platform/audit/personal-fields.util';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { deleteEmlFiles } from '#api/platform/mail/eml-retention.util';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { registrationMailSubject } from './mail/registration-mail-subject.util';
import { RegistrationsRepository } from './registrations.repository';

/** What of a registration names the person, wherever an audit entry or a mail might carry it. */
const REGISTRATION_PERSONAL_FIELDS: PersonalFields = {
  firstName: true,
  lastName: true,
  email: true,
  organisationName: true,
  accessibilityNeeds: true,
  interpretingLanguage: true,
  answers: true,
  to: true,
  toAddress: true,
};

/**
 * Erases a participant's personal data everywhere it is kept: the registration row (anonymised,
 * counts stay), its outbox mails, personal fields in its audit entries, and, once committed, its
 * mail files under DATA_DIR/mail at once (not after their 30 days). Used by the retention job and
 * by an erasure on request.
 */
@Injectable()
export class RegistrationEraser {
  private readonly logger = new Logger('RegistrationEraser');

  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Inside the caller's transaction. `erased`: false when it was anonymised already (by another
   * process); `mailFiles`: the person's mail files, for afterErasure once committed.
   */
  async eraseInTx(m: EntityManager, id: number, now: Date): Promise<{ erased: boolean; mailFiles: string[] }> {
    if (!(await this.registrations.anonymise(m, id, now))) return { erased: false, mailFiles: [] };
    const mailFiles = await this.outbox.eraseMailsOf(m, registrationMailSubject(id));
    await this.audit.blankPersonalData(
      m,
      { entities: ['registration', 'registration_personal_data'], ids: [id] },
      REGISTRATION_PERSONAL_FIELDS,
    );
    return { erased: true, mailFiles };
  }

  /** After the commit: deletes the mail files and lets no erased value linger in SQLite's files. */
  async afterErasure(mailFiles: string[]): Promise<void> {
    await deleteEmlFiles(this.config.dataDir, mailFiles);
    // The erasure is committed; a busy database only delays the flush to the next erasure.
    await this.tx
      .flushErasedData()
      .catch((error: unknown) => this.logger.warn(`flushing erased data failed: ${String(error)}`));
  }
}
