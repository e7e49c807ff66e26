import { Inject, Injectable, Logger } from '@nestjs/common';
import { berlinIsoDate } from '@wir/shared';
import { AuditService } from '#api/platform/audit/audit.service';
import type { PersonalFields } from '#api/platform/audit/personal-fields.util';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { GrantsRepository } from './grants.repository';
import { erasureDecision, type ErasureRules } from './receipt-erasure.util';
import { ReceiptFilesService } from './receipt-files.service';
import { ReceiptsRepository } from './receipts.repository';

/** What of a receipt names people, in its audit entries too (the DTO, a seeded row, a reversal's reason). */
const RECEIPT_PERSONAL_FIELDS: PersonalFields = {
  payee: true,
  purpose: true,
  reason: true,
  fileName: true,
  fileKey: true,
  file: { name: true },
};

/** The same calendar day `years` earlier, as ISO text (29 February becomes 28 February where needed). */
export function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * ANBest-P Nr. 6.5: receipts are kept five years after the proof of use was submitted (longer where
 * other rules demand: RECEIPT_RETENTION_YEARS). Then payees, purposes and scans, which name people,
 * are erased, in the receipts and in their audit entries; amounts, dates, numbers and budget lines
 * stay, so the grant's figures do not change. Four eyes: the erasure runs once a second person has
 * confirmed it, or after RECEIPT_ERASURE_GRACE_DAYS in which the grant page announces it.
 */
@Injectable()
export class ReceiptRetentionService {
  private readonly logger = new Logger('ReceiptRetention');

  constructor(
    private readonly grants: GrantsRepository,
    private readonly receipts: ReceiptsRepository,
    private readonly files: ReceiptFilesService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async purgeExpired(now = new Date()): Promise<number> {
    const today = berlinIsoDate(now);
    const rules: ErasureRules = {
      retentionYears: this.config.jobs.receiptRetentionYears,
      graceDays: this.config.jobs.receiptErasureGraceDays,
    };
    let purged = 0;
    for (const candidate of await this.grants.dueForReceiptPurge(yearsBefore(today, rules.retentionYears))) {
      if (erasureDecision(candidate, today, rules) !== 'erase') continue;
      const fileKeys = await this.tx.run(async (m) => {
        await this.grants.lockGrant(m, candidate.id);
        // Another process may have purged it, or the proof date or the confirmation changed, since the list was read.
        const grant = await this.grants.findGrant(m, candidate.id);
        if (!grant || erasureDecision(grant, today, rules) !== 'erase') return null;
        const keys = await this.receipts.fileKeysOf(m, grant.id);
        const count = await this.receipts.erasePersonalData(m, grant.id);
        // Every receipt of the grant, deleted ones too: their entries carry the grant's id.
        const entries = await this.audit.blankPersonalData(
          m,
          { entity: 'receipt', field: 'grantId', value: grant.id },
          RECEIPT_PERSONAL_FIELDS,
        );
        await this.grants.markReceiptsPurged(m, grant.id, now);
        await this.audit.record(m, null, {
          action: 'update',
          entity: 'grant',
          entityId: grant.id,
          after: {
            receiptsPurgedAt: now.toISOString(),
            receiptsErased: count,
            auditEntriesBlanked: entries,
            confirmedBy: grant.erasureConfirmedBy,
          },
        });
        return keys;
      });
      if (!fileKeys) continue;
      for (const key of fileKeys) await this.files.remove(key);
      purged += 1;
    }
    if (purged > 0) {
      await this.tx
        .flushErasedData()
        .catch((error: unknown) => this.logger.warn(`flushing erased data failed: ${String(error)}`));
      this.logger.log(`erased the receipts' personal data of ${purged} grants`);
    }
    return purged;
  }
}
