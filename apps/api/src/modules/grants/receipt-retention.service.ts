import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../platform/audit/audit.service';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config.token';
import { TransactionRunner } from '../../platform/database/transaction.runner';
import { berlinIsoDate } from '../../platform/export/german-format.util';
import { GrantsRepository } from './grants.repository';
import { ReceiptFilesService } from './receipt-files.service';
import { ReceiptsRepository } from './receipts.repository';

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
 * are erased; amounts, dates, numbers and budget lines stay, so the grant's figures do not change.
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
    const submittedOnOrBefore = yearsBefore(berlinIsoDate(now), this.config.jobs.receiptRetentionYears);
    let purged = 0;
    for (const grant of await this.grants.dueForReceiptPurge(submittedOnOrBefore)) {
      const fileKeys = await this.tx.run(async (m) => {
        await this.grants.lockGrant(m, grant.id);
        // Another process may have purged it since the list was read.
        if ((await this.grants.findGrant(grant.id, m))?.receiptsPurgedAt) return null;
        const keys = await this.receipts.fileKeysOf(m, grant.id);
        const count = await this.receipts.erasePersonalData(m, grant.id);
        await this.grants.markReceiptsPurged(m, grant.id, now);
        await this.audit.record(m, null, { action: 'update', entity: 'grant', entityId: grant.id, after: { receiptsPurgedAt: now.toISOString(), receiptsErased: count } });
        return keys;
      });
      if (!fileKeys) continue;
      for (const key of fileKeys) await this.files.remove(key);
      purged += 1;
    }
    if (purged > 0) this.logger.log(`erased the receipts' personal data of ${purged} grants`);
    return purged;
  }
}
